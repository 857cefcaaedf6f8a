"""TimeML and MEANTIME (CAT) readers on documents written for these tests."""
from gundem.evaluation.timeml import read_cat, read_folder

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">resume</token>
<token number="0" sentence="1" t_id="3">May</token>
<token number="1" sentence="1" t_id="4">5</token>
<token number="2" sentence="1" t_id="5">,</token>
<token number="3" sentence="1" t_id="6">2009</token>
<token number="0" sentence="2" t_id="7">They</token>
<token number="1" sentence="2" t_id="8">met</token>
<token number="2" sentence="2" t_id="9">Monday</token>
<token number="3" sentence="2" t_id="10">.</token>
<token number="0" sentence="3" t_id="11">Not</token>
<token number="1" sentence="3" t_id="12">annotated</token>
<token number="2" sentence="3" t_id="13">Friday</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-05"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-04"><token_anchor t_id="9"/></TIMEX3>
</Markables>
</Document>
"""


def test_a_meantime_document_keeps_its_annotated_sentences_and_its_dateline(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(CAT, encoding="utf-8")
    document = read_cat(path)
    assert document.text == "Talks resume\nMay 5, 2009\nThey met Monday."  # the unannotated sentence is left out
    assert str(document.dct) == "2009-05-05"
    assert [(t.text, t.value) for t in document.timexes] == [("May 5, 2009", "2009-05-05"), ("Monday", "2009-05-04")]
    assert [d.name for d in read_folder(tmp_path)] == ["t"]


def test_a_meantime_document_without_a_creation_time_is_left_out(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(CAT.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"'), encoding="utf-8")
    assert read_cat(path) is None and read_folder(tmp_path) == []


def test_a_day_month_year_creation_time_is_read(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(CAT.replace('value="2009-05-05"', 'value="05-05-2009"'), encoding="utf-8")
    assert str(read_cat(path).dct) == "2009-05-05"


NAMED = CAT.replace("</Markables>", """<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NOM"><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG"/><ENTITY m_id="11" ent_type="PER"/><ENTITY m_id="12" ent_type="PRO"/>
</Markables><Relations>
<REFERS_TO r_id="1"><source m_id="3"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="4"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="5"/><target m_id="12"/></REFERS_TO>
</Relations>""")


def test_a_meantime_documents_gold_names_are_its_named_people_organisations_and_places(tmp_path):
    """A common noun's mention (NOM) and a product (PRO) are no gold names."""
    path = tmp_path / "t.xml"
    path.write_text(NAMED, encoding="utf-8")
    assert [(n.text, n.type) for n in read_cat(path).names] == [("Talks", "ORG")]
