"""The NER scorer on a corpus written for this test."""
from gundem.evaluation.ner import evaluate_conll

CORPUS = """Dışişleri\tO
Bakanı\tO
Kerem\tI-PER
Akgündüz\tI-PER
Ankara'ya\tI-LOC
geldi\tO
.\tO

Akgündüz\tI-PER
açıklama\tO
yaptı\tO
.\tO
"""


def test_a_window_lets_a_surname_alone_be_known_from_an_earlier_sentence(tmp_path):
    corpus = tmp_path / "corpus.tsv"
    corpus.write_text(CORPUS, encoding="utf-8")
    alone = evaluate_conll(corpus, use_model=False, window=1)
    together = evaluate_conll(corpus, use_model=False, window=2)
    assert alone["ALL"]["gold"] == together["ALL"]["gold"] == 3
    assert alone["PER"]["recall"] == 0.5  # the sentence-opening surname is unknown on its own
    assert together["PER"]["recall"] == 1.0 and together["PER"]["precision"] == 1.0


GLUED = """Almanya'da\tI-LOC
Türkiye\tI-LOC
konuşuldu\tO
"""


def test_touching_names_glued_by_iob1_can_be_split_at_the_suffix(tmp_path):
    from gundem.evaluation.conll import read_conll

    corpus = tmp_path / "glued.tsv"
    corpus.write_text(GLUED, encoding="utf-8")
    [glued] = read_conll(corpus)
    [split] = read_conll(corpus, split_at_suffix=True)
    assert [glued.text[s:e] for s, e, _ in glued.entities] == ["Almanya'da Türkiye"]
    assert [split.text[s:e] for s, e, _ in split.entities] == ["Almanya", "Türkiye"]
