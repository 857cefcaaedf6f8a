import pytest

from gundem.analysis.linking import names_match


@pytest.mark.parametrize("a, b", [
    ("Abbas Erakçı", "Erakçı"), ("Abbas Erakçı", "Abbas Erakçi"), ("Erakçi", "Arakçi"),
    ("Donald Trump", "Trump"), ("Bedr bin Hamed el-Busaidi", "Busaidi"),
    ("Volodimir Zelenskiy", "Zelenski"), ("ALİ LARİCANİ", "Ali Laricani"),
])
def test_same_person(a, b):
    assert names_match(a, b)


@pytest.mark.parametrize("a, b", [
    ("Ahmet Yılmaz", "Mehmet Yılmaz"), ("Donald Trump", "Melania Trump"), ("Ali Demir", "Ali Kaya"), ("Kaya", "Kara"),
])
def test_different_people(a, b):
    assert not names_match(a, b)
