"""``gundem``: parse arguments, call one library function, print, set the exit code."""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date
from pathlib import Path

from gundem.readers import ReadProblem
from gundem.settings import DEFAULT_SETTINGS, Settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def _input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, or - for standard input")
    parser.add_argument("--date", type=_date, help="the date of plain-text articles that carry none (YYYY-MM-DD)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_SETTINGS.max_article_bytes, help="largest article accepted, in bytes")
    parser.add_argument("--no-model", action="store_true", help="rules and tables only, without the statistical NER model")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gundem", description="A chronicle of what the news says happened.")
    commands = parser.add_subparsers(dest="command", required=True)

    annotate = commands.add_parser("annotate", help="analyse articles and write annotation JSON Lines")
    _input_arguments(annotate)
    annotate.add_argument("--output", "-o", help="JSONL file to write (default: standard output)")
    annotate.add_argument("--quiet", action="store_true", help="no summary")

    ingest = commands.add_parser("ingest", help="analyse articles and store them")
    _input_arguments(ingest)
    ingest.add_argument("--db", default="gundem.db")

    for name, text in (("list", "list stored articles"), ("entities", "list stored entities")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--db", default="gundem.db")
        sub.add_argument("--limit", type=int, default=100)
    show = commands.add_parser("show", help="one stored article with its annotations (JSON)")
    show.add_argument("doc")
    show.add_argument("--db", default="gundem.db")
    entity = commands.add_parser("entity", help="one stored entity by any of its names")
    entity.add_argument("name")
    entity.add_argument("--db", default="gundem.db")

    evaluate = commands.add_parser("eval", help="score annotation output against a gold folder")
    evaluate.add_argument("system", metavar="SYSTEM.jsonl")
    evaluate.add_argument("--gold", required=True, type=Path)
    evaluate.add_argument("--json", action="store_true")

    evaluate_ner = commands.add_parser("eval-ner", help="PER/ORG/LOC span F1 on a CoNLL NER file (Turkish) or a MEANTIME folder (English)")
    evaluate_ner.add_argument("gold", type=Path, metavar="FILE.conll|FOLDER")
    evaluate_ner.add_argument("--no-model", action="store_true")
    evaluate_ner.add_argument("--split-glued", action="store_true", help="end gold runs after a token with an apostrophe suffix (IOB1 glues touching names)")
    evaluate_ner.add_argument("--window", type=int, default=1, help="consecutive sentences read as one article (the corpora keep article order)")
    evaluate_ner.add_argument("--json", action="store_true")

    evaluate_quotes = commands.add_parser("eval-quotes", help="P/R/F1 of direct quotes and their speakers on a gold folder")
    evaluate_quotes.add_argument("--gold", required=True, type=Path, metavar="FOLDER", help="articles (*.txt) and their gold.json")
    evaluate_quotes.add_argument("--json", action="store_true")

    evaluate_plover = commands.add_parser("eval-plover", help="English event types and actors' countries on PLOVER's gold standard records")
    evaluate_plover.add_argument("gold", type=Path, metavar="PLOVER_GSR_CAMEO.txt")
    evaluate_plover.add_argument("--split", choices=("dev", "test", "all"), default="dev", help="records n %% 5 == 1 (dev) or the others (test)")
    evaluate_plover.add_argument("--json", action="store_true")

    evaluate_counts = commands.add_parser("eval-counts", help="P/R/F1 of events' counts (dead, injured, kidnapped, detained, arrested, crowd size) on a gold folder")
    evaluate_counts.add_argument("--gold", required=True, type=Path, metavar="FOLDER", help="articles (*.txt) and their gold.json")
    evaluate_counts.add_argument("--no-model", action="store_true")
    evaluate_counts.add_argument("--json", action="store_true")

    bench = commands.add_parser("bench", help="articles/s, MB/s and peak memory of the per-article pipeline")
    _input_arguments(bench)
    bench.add_argument("--repeat", type=int, default=3)

    timeline = commands.add_parser("timeline", help="chronological merged events of the store, a story, an entity, or files")
    timeline.add_argument("targets", nargs="*", metavar="STORY|PATH", help="a story id (or part of its label), or article files")
    timeline.add_argument("--entity", help="only events with this entity (any of its names)")
    timeline.add_argument("--db", default="gundem.db")
    timeline.add_argument("--format", choices=("table", "markdown", "json", "html"), default="table")
    timeline.add_argument("--date", type=_date, help="the date of plain-text articles that carry none")
    timeline.add_argument("--no-model", action="store_true")
    timeline.add_argument("--max-bytes", type=int, default=DEFAULT_SETTINGS.max_article_bytes)
    for name, text in (("stories", "list the stories in the store"), ("conflicts", "list where sources disagree")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--db", default="gundem.db")
        sub.add_argument("--json", action="store_true")
    evaluate_timeline = commands.add_parser("eval-timeline", help="score a JSON timeline against gold timeline.json")
    evaluate_timeline.add_argument("system", metavar="TIMELINE.json")
    evaluate_timeline.add_argument("--gold", required=True, type=Path)
    evaluate_timeline.add_argument("--json", action="store_true")
    evaluate_timeml = commands.add_parser("eval-timeml", help="TempEval-3 time expression scores (TimeML or seed gold folder)")
    evaluate_timeml.add_argument("--gold", required=True, type=Path, help="folder of .tml files (English) or ../shared/gold (Turkish)")
    evaluate_timeml.add_argument("--json", action="store_true")
    evaluate_timeml.add_argument("--compare-dateparser", action="store_true", help="also score dateparser.search_dates on the same texts")
    bench_merge = commands.add_parser("bench-merge", help="merge time for synthetic events at several sizes")
    bench_merge.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])

    serve = commands.add_parser("serve", help="the HTTP API and web pages over a store")
    serve.add_argument("--db", default="gundem.db")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    build = commands.add_parser("build-resources", help="regenerate the place table and common-word list")
    build.add_argument("--benchmarks", type=Path, default=Path("../shared/benchmarks"))

    train = commands.add_parser("train-ner", help="retrain the Turkish NER model shipped in the package")
    train.add_argument("--benchmarks", type=Path, default=Path("../shared/benchmarks"))
    train.add_argument("--output", type=Path, default=None)
    train.add_argument("--max-steps", type=int, default=8000)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = globals()[f"run_{args.command.replace('-', '_')}"]
    try:
        return handler(args)
    except BrokenPipeError:
        return EXIT_OK


def _analyser(args):
    from gundem.core import Analyser

    settings = Settings(max_article_bytes=args.max_bytes)
    return Analyser(default_date=args.date, settings=settings, use_model=not args.no_model)


def _stdin_if_needed(paths: list[str]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in paths else None


def _report(problem: ReadProblem) -> None:
    print(f"gundem: {problem}", file=sys.stderr)


def _output(path: str | None):
    """The file to write, or standard output left open for the caller."""
    if path:
        return open(path, "w", encoding="utf-8")
    return contextlib.nullcontext(sys.stdout)


def run_annotate(args) -> int:
    from gundem.cli.summary import summarise

    analyser = _analyser(args)
    failed = 0
    with _output(args.output) as out:
        for item in analyser.annotate(args.paths, _stdin_if_needed(args.paths)):
            if isinstance(item, ReadProblem):
                failed += 1
                _report(item)
                continue
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            if args.output and not args.quiet:
                print(summarise(item))
    return EXIT_SOME_FAILED if failed else EXIT_OK


def run_ingest(args) -> int:
    from gundem.core import ingest
    from gundem.store import Store

    analyser = _analyser(args)
    with Store(args.db) as store:
        report = ingest(analyser, store, args.paths, _stdin_if_needed(args.paths))
    for problem in report.problems:
        _report(problem)
    print(f"{report.added} added, {report.unchanged} unchanged, {len(report.problems)} failed → {args.db}")
    return EXIT_SOME_FAILED if report.problems else EXIT_OK


def run_list(args) -> int:
    from gundem.store import Store

    with Store(args.db) as store:
        for row in store.articles(limit=args.limit):
            print(f"{row['doc']}\t{row['lang']}\t{row['dct']}\t{row['title'] or ''}")
    return EXIT_OK


def run_show(args) -> int:
    from gundem.store import Store

    with Store(args.db) as store:
        document = store.document(args.doc)
    return _print_found(document, f"no article {args.doc!r} in {args.db}")


def run_entities(args) -> int:
    from gundem.store import Store

    with Store(args.db) as store:
        for row in store.entity_rows(limit=args.limit):
            print(f"{row['id']}\t{row['type']}\t{row['name']}\t{row['country'] or '-'}\t{row['mentions']} mentions\t{row['role'] or ''}")
    return EXIT_OK


def run_entity(args) -> int:
    from gundem.store import Store

    with Store(args.db) as store:
        found = store.find_entity(args.name)
    return _print_found(found, f"no entity named {args.name!r}")


def _print_found(found, missing: str) -> int:
    """Print what a lookup found as JSON, or say what is missing."""
    if not found:
        print(f"gundem: {missing}", file=sys.stderr)
        return EXIT_SOME_FAILED
    print(json.dumps(found, ensure_ascii=False, indent=1))
    return EXIT_OK


def run_eval(args) -> int:
    from gundem.evaluation.gold import format_table, load_gold, score

    gold_docs, gold_entities = load_gold(args.gold)
    if not gold_docs:
        print(f"gundem: no gold documents in {args.gold}", file=sys.stderr)
        return EXIT_USAGE
    with open(args.system, encoding="utf-8") as handle:
        system = [json.loads(line) for line in handle if line.strip()]
    result = score(gold_docs, gold_entities, system)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_table(result))
    return EXIT_OK


def run_eval_ner(args) -> int:
    from gundem.evaluation.ner import evaluate_conll, evaluate_meantime, format_ner

    if args.gold.is_dir():
        result = evaluate_meantime(args.gold)
    else:
        result = evaluate_conll(args.gold, use_model=not args.no_model, window=args.window, split_glued=args.split_glued)
    print(json.dumps(result, indent=1) if args.json else format_ner(result))
    return EXIT_OK


def run_eval_quotes(args) -> int:
    from gundem.core import Analyser
    from gundem.evaluation.quotes import (
        format_quotes,
        load_quote_gold,
        score_quotes,
        system_quotes,
    )

    system = {}
    for item in Analyser().annotate([str(path) for path in sorted(args.gold.glob("*.txt"))]):
        if isinstance(item, ReadProblem):
            _report(item)
            continue
        system[item["doc"]] = system_quotes(item)
    result = score_quotes(load_quote_gold(args.gold), system)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_quotes(result))
    return EXIT_OK


def run_eval_plover(args) -> int:
    from gundem.evaluation.plover import evaluate_plover, format_plover

    result = evaluate_plover(args.gold, args.split)
    print(json.dumps(result, indent=1) if args.json else format_plover(result))
    return EXIT_OK


def run_eval_counts(args) -> int:
    from gundem.core import Analyser
    from gundem.evaluation.counts import (
        format_counts,
        load_count_gold,
        score_counts,
        system_counts,
    )

    gold = load_count_gold(args.gold)
    system = {}
    for item in Analyser(use_model=not args.no_model).annotate([str(path) for path in sorted(args.gold.glob("*.txt"))]):
        if isinstance(item, ReadProblem):
            _report(item)
            continue
        system[item["doc"]] = system_counts(item)
    result = score_counts(gold, system)
    print(json.dumps(result, indent=1) if args.json else format_counts(result))
    return EXIT_OK


def run_bench(args) -> int:
    from gundem.bench import run_benchmark

    analyser = _analyser(args)
    print(run_benchmark(analyser, args.paths, args.repeat))
    return EXIT_OK


def run_timeline(args) -> int:
    from gundem.views import render

    paths = [t for t in args.targets if t == "-" or Path(t).exists() or any(ch in t for ch in "*?[")]
    if paths:
        from gundem.core import chronicle_from_paths

        chronicle, problems = chronicle_from_paths(_analyser(args), paths, _stdin_if_needed(paths))
        for problem in problems:
            _report(problem)
        events, entities, title = chronicle.merged_events(), chronicle.entities, "Timeline of " + ", ".join(paths)
        if args.entity:
            events = [e for e in events if _mentions_entity(e, entities, args.entity)]
    else:
        from gundem.store import Store

        with Store(args.db) as store:
            entities = store.entity_table()
            story, title = _pick_story(store, args.targets)
            entity_ids = [found["id"] for found in store.find_entity(args.entity)] if args.entity else []
            if args.entity and not entity_ids:
                print(f"gundem: no entity named {args.entity!r}", file=sys.stderr)
                return EXIT_SOME_FAILED
            events = store.merged_events(story=story, entity=entity_ids[0] if entity_ids else None)
            title = f"Timeline of {args.entity}" if args.entity else title
    print(render(events, entities, args.format, title))
    return EXIT_OK


def _mentions_entity(event: dict, entities: dict, name: str) -> bool:
    from gundem.analysis.text import fold, strip_suffix

    wanted = fold(strip_suffix(name))
    ids = {i for ids in event["participants"].values() for i in ids}
    return any(wanted in {fold(n) for n in entities[i].get("names", [])} | {fold(entities[i]["name"])} for i in ids if i in entities)


def _pick_story(store, targets: list[str]) -> tuple[str | None, str]:
    if not targets:
        return None, "Timeline"
    stories = store.story_rows()
    for story in stories:
        if story["id"] == targets[0] or targets[0].casefold() in story["label"].casefold():
            return story["id"], story["label"]
    raise SystemExit(f"gundem: no story or file {targets[0]!r}")


def run_stories(args) -> int:
    from gundem.store import Store

    with Store(args.db) as store:
        stories = store.story_rows()
    if args.json:
        print(json.dumps(stories, ensure_ascii=False, indent=1))
        return EXIT_OK
    for story in stories:
        span = f"{story['first_date'] or '?'} … {story['last_date'] or '?'}"
        print(f"{story['id']}\t{story['label']}\t{len(story['docs'])} articles\t{story['events']} events\t{span}")
    return EXIT_OK


def run_conflicts(args) -> int:
    from gundem.store import Store
    from gundem.views import conflict_text, describe

    with Store(args.db) as store:
        entities = store.entity_table()
        disputed = [e for e in store.merged_events() if e.get("conflicts")]
    if args.json:
        print(json.dumps(disputed, ensure_ascii=False, indent=1))
        return EXIT_OK
    for event in disputed:
        print(f"{event['id']}  {event['date'] or '—'}  {describe(event, entities)}")
        for conflict in event["conflicts"]:
            print(f"    {conflict_text(conflict)}")
    if not disputed:
        print("no disagreements between sources")
    return EXIT_OK


def run_eval_timeline(args) -> int:
    from gundem.evaluation.timeline import gold_timeline, score_timeline

    with open(args.system, encoding="utf-8") as handle:
        system = json.load(handle)
    result = score_timeline(gold_timeline(args.gold), system)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"timeline: P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
              f"(system {result['system']}, gold {result['gold']})")
        print(f"dates right: {result['date_accuracy']:.3f}; every source listed: {result['sources_complete']:.3f}")
        for detail in result["details"]:
            if not detail["matched"] or not detail["date_ok"] or not detail["docs_ok"]:
                print(f"  {detail}")
    return EXIT_OK


def run_eval_timeml(args) -> int:
    from gundem.evaluation.time_baselines import dateparser_tagger, gundem_tagger
    from gundem.evaluation.timeml import evaluate, language_of, read_folder

    documents, lang = read_folder(args.gold), language_of(args.gold)
    results = {"gundem": evaluate(documents, gundem_tagger(lang))}
    if args.compare_dateparser:
        results["dateparser"] = evaluate(documents, dateparser_tagger(lang))
    if args.json:
        print(json.dumps(results if args.compare_dateparser else results["gundem"], indent=1))
        return EXIT_OK
    print(f"{len(documents)} documents, {results['gundem']['gold']} gold time expressions")
    print("system      strict_f1  relaxed_P  relaxed_R  relaxed_f1  value_f1  type_f1  docs/s")
    for name, r in results.items():
        print(f"{name:<11} {r['strict_f1']:<10} {r['relaxed_precision']:<10} {r['relaxed_recall']:<10} {r['relaxed_f1']:<11} "
              f"{r['value_f1']:<9} {r['type_f1']:<8} {r['documents_per_second']}")
    return EXIT_OK


def run_bench_merge(args) -> int:
    from gundem.bench import run_merge_benchmark

    print(run_merge_benchmark(args.sizes))
    return EXIT_OK


def run_serve(args) -> int:
    import uvicorn

    from gundem.http.app import create_app

    print(f"Gündem on http://{args.host}:{args.port}/ (API docs at /docs), store {args.db}")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def run_build_resources(args) -> int:
    from gundem.analysis.lang.build_places import (
        MissingBuildData,
        write_abbreviations,
        write_common_words,
        write_english_given_names,
        write_family_names,
        write_given_names,
        write_person_name_words,
        write_plain_words,
        write_seldom_places,
        write_table,
        write_towns,
    )
    from gundem.analysis.lang.build_word_forms import write_word_forms

    try:
        print(f"places.tsv: {write_table()} names")
        print(f"towns.tsv: {write_towns()} names")
    except ImportError as error:
        print(f"gundem: {error.name} is needed to build the place table: pip install -e '.[build]'", file=sys.stderr)
        return EXIT_USAGE
    except MissingBuildData as error:
        print(f"gundem: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"tr/common_words.txt: {write_common_words(args.benchmarks)} words")
    print(f"tr/seldom_places.txt: {write_seldom_places(args.benchmarks)} names")
    print(f"tr/given_names.txt: {write_given_names(args.benchmarks)} names")
    print(f"tr/family_names.txt: {write_family_names(args.benchmarks)} names")
    try:
        print(f"en/given_names.txt: {write_english_given_names()} names")
    except MissingBuildData as error:
        print(f"gundem: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"tr/plain_words.txt: {write_plain_words(args.benchmarks)} words")
    print(f"abbreviations.txt: {write_abbreviations()} abbreviations")
    for name, count in write_word_forms(args.benchmarks).items():
        print(f"tr/{name}: {count} words")
    print(f"tr/person_name_words.txt: {write_person_name_words(args.benchmarks)} words")  # reads the word stems just written
    return EXIT_OK


def run_train_ner(args) -> int:
    from gundem.analysis.ner_model import shipped_model_path
    from gundem.training.ner import train

    output = args.output or shipped_model_path("tr")
    train(args.benchmarks, output, max_steps=args.max_steps)
    print(f"model written to {output}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
