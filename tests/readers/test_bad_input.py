"""Bad input: each problem names its file (and line); the rest of the batch is read."""
from datetime import date

from gundem.readers import ArticleReader, ReadProblem
from gundem.settings import Settings

SEED = " date 2026-02-07 Başlık - Site\nBaşlık\n\nAnkara'da bugün toplantı yapıldı.\n"


def _read(tmp_path, files, **kwargs):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    reader = ArticleReader(**kwargs)
    return list(reader.read([str(tmp_path / name) for name in files]))


def _problem(items, name):
    return next(item for item in items if isinstance(item, ReadProblem) and item.path.endswith(name))


def test_empty_file_is_reported_and_the_batch_goes_on(tmp_path):
    items = _read(tmp_path, {"empty.txt": b"  \n", "good.txt": SEED.encode()})
    assert "empty" in _problem(items, "empty.txt").message
    assert [item.doc for item in items if not isinstance(item, ReadProblem)] == ["good"]


def test_binary_file(tmp_path):
    items = _read(tmp_path, {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert "binary" in _problem(items, "photo.txt").message


def test_cp1254_text_is_decoded_with_a_warning(tmp_path):
    items = _read(tmp_path, {"old.txt": SEED.encode("cp1254")})
    article = items[0]
    assert "Ankara'da bugün toplantı yapıldı." in article.text
    assert any("cp1254" in warning for warning in article.warnings)


def test_missing_date_header_without_date_option(tmp_path):
    items = _read(tmp_path, {"plain.txt": "Ankara'da toplantı yapıldı.".encode()})
    problem = _problem(items, "plain.txt")
    assert problem.line == 1 and "no ' date YYYY-MM-DD' header" in problem.message


def test_plain_text_takes_the_date_option(tmp_path):
    items = _read(tmp_path, {"plain.txt": "Ankara'da toplantı yapıldı.".encode()}, default_date=date(2026, 3, 1))
    assert items[0].dct == date(2026, 3, 1) and items[0].lang == "tr"


def test_ten_megabyte_file_is_refused_by_the_size_limit(tmp_path):
    big = (SEED + "Uzun metin. " * 900_000).encode()
    assert len(big) > 10_000_000
    items = _read(tmp_path, {"huge.txt": big, "good.txt": SEED.encode()})
    assert "too large" in _problem(items, "huge.txt").message
    assert sum(not isinstance(item, ReadProblem) for item in items) == 1


def test_size_limit_is_a_setting(tmp_path):
    items = _read(tmp_path, {"a.txt": SEED.encode()}, settings=Settings(max_article_bytes=10))
    assert "too large" in _problem(items, "a.txt").message


def test_missing_path_and_empty_glob(tmp_path):
    reader = ArticleReader()
    items = list(reader.read([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert [item.message for item in items] == ["no such file or directory", "no file matches this pattern"]


def test_odd_whitespace_in_kaynak_line(tmp_path):
    items = _read(tmp_path, {"a.txt": (SEED + "\nKaynak:\u00a0\u2009AA\n\nDiplomasi, Güncel\n").encode()})
    assert items[0].source == "AA" and items[0].tags == ("Diplomasi", "Güncel")
