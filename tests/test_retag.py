"""`edition persons --tag` and `edition dates --tag` rewrite a file in place: the editor's
`git diff` must show only the new tags, whatever the file's prolog and ending look like."""

import shutil

import pytest

from conftest import TEI

PROLOG = '\ufeff<?xml version=\'1.0\' encoding="UTF-8"?>\n<!-- kept as written -->\n'
BODY = ('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="retag"><teiHeader><fileDesc><titleStmt>'
        '<title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>'
        '</fileDesc></teiHeader><text><body><p>Ezhov spoke on 3 March 1937.</p></body></text></TEI>')


@pytest.fixture
def tagged_file(tmp_path):
    shutil.copy(TEI / "persons.xml", tmp_path / "persons.xml")
    path = tmp_path / "retag.xml"
    path.write_bytes((PROLOG + BODY + "\n\n").encode("utf-8"))
    return path


@pytest.mark.parametrize("command", ["persons", "dates"])
def test_tagging_keeps_the_byte_order_mark_declaration_comment_and_ending(cli, tagged_file, command):
    result = cli(command, "--tag", tagged_file)
    assert result.exit_code == 0, result.stderr
    text = tagged_file.read_bytes().decode("utf-8")
    assert text.startswith(PROLOG) and text.endswith("</TEI>\n\n")
    tag = {"persons": '<persName ref="persons.xml#ezhov">Ezhov</persName>', "dates": '<date when="1937-03-03">'}
    assert tag[command] in text
