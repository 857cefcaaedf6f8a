"""JSON Lines, HTML, standard input, directories, page chrome and language."""
import json

from gundem.readers import ArticleReader, ReadProblem


def test_jsonl_lines_become_articles_and_bad_lines_name_their_line(tmp_path):
    lines = [
        json.dumps({"id": "a1", "date": "2026-02-01", "text": "Ankara'da toplantı yapıldı.", "url": "https://x/a1", "title": "T"}),
        "{not json",
        json.dumps({"id": "a3", "text": "Tarih yok."}),
        json.dumps({"id": "a4", "date": "2026-02-01T09:30:00+03:00", "text": "The minister met his counterpart in Geneva today."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(ArticleReader().read([str(path)]))
    articles = [item for item in items if not isinstance(item, ReadProblem)]
    problems = [item for item in items if isinstance(item, ReadProblem)]
    assert [a.doc for a in articles] == ["a1", "a4"]
    assert articles[0].url == "https://x/a1" and articles[0].title == "T" and articles[0].lang == "tr"
    assert articles[1].published.hour == 9 and articles[1].lang == "en"
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(2, "not valid JSON"), (3, "missing field(s)")]


HTML = """<html><head><title>Cenevre'de görüşme</title><meta property="article:published_time" content="2026-02-17"></head>
<body><nav>Ana sayfa | Dünya</nav><article><h1>Cenevre'de görüşme</h1>
<p>Taraflar salı günü Cenevre'de bir araya geldi ve müzakerelerin sürdürülmesi konusunda anlaştı.</p>
<p>Görüşmeye iki ülkenin dışişleri bakanları katıldı; heyetler akşam saatlerine kadar çalıştı.</p>
</article><footer>© Site</footer></body></html>"""


def test_html_page_through_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    article = next(iter(ArticleReader().read([str(path)])))
    assert "Cenevre'de bir araya geldi" in article.text
    assert "Ana sayfa" not in article.text
    assert article.dct.isoformat() == "2026-02-17"


def test_standard_input():
    data = " date 2026-02-07 Başlık - Site\nBaşlık\n\nAnkara'da bugün toplantı yapıldı.\n".encode()
    article = next(iter(ArticleReader().read(["-"], stdin=data)))
    assert article.doc == "stdin" and article.title == "Başlık"


def test_directory_is_walked_in_order(tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(" date 2026-02-07 Metin burada yazılı.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.doc for a in ArticleReader().read([str(tmp_path)])] == ["a", "b"]


def test_page_chrome_lines_are_masked_not_removed(tmp_path):
    text = " date 2026-02-07 Başlık - Site\nBaşlık\n\nA+\nA-\nHızlı Özet Göster\nPaylaş\n\nAnkara'da toplantı yapıldı.\n"
    path = tmp_path / "chrome.txt"
    path.write_text(text, encoding="utf-8")
    article = next(iter(ArticleReader().read([str(path)])))
    chrome = [article.text[r.start:r.end] for r in article.masked if r.reason == "chrome"]
    assert chrome == ["A+", "A-", "Hızlı Özet Göster", "Paylaş"]
    assert "Özet" not in article.analysis_text
    assert article.analysis_text.index("Ankara") == article.text.index("Ankara")


def test_language_identification():
    from gundem.readers.language import LanguageIdentifier

    identify = LanguageIdentifier().identify
    assert identify("Dışişleri Bakanı, müzakerelerin yarın yeniden başlayacağını açıkladı.") == "tr"
    assert identify("The foreign minister said talks would resume tomorrow in Geneva.") == "en"
    assert identify("Der Außenminister sagte, die Gespräche würden morgen fortgesetzt.") == "other"
    assert identify("12345 ... 678") == "other"
