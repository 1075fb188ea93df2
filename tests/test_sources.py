"""The witnesses are never edited: their bytes are pinned."""

import hashlib

from conftest import DOCUMENTS, SOURCES

PINNED = {
    "000_1f0d5a27ce904b67.txt": "0e1f056aaabc8addf78a57c90b1ad1362c2dad23aaa38266b6217955e37ef8ec",
    "001_042cdcd5586f0d86.txt": "80bb3f992ba6f3eb0adddfaeddd9484fb110b668c04e695916b8886839ff1079",
    "002_44ee98c8402bf00f.txt": "b1c31ac3fd517f98a916cbfa67aa9577aabfaad0ac5e90c53d1e44a414535e15",
    "003_64f66db7b9d3cfaf.txt": "021dfb635eceeab1a837b6a36b4c5de4c8d38e223ecb4a7ca9216684efb1a7a4",
    "004_9013475c3f50f214.txt": "42eb5ce2cffe09b265129f0d85cd3dd7677eee2bb1274442bc2df5399b64e379",
    "README.md": "f20cbb22ab1f1c4038e18a6d1cf7748e8021f2e0f024139f9ae942f1bde3bd06",
    "CATALOGUE.md": "fb670d4d4cb296950a97b739bf376ad617da724f667da30ed29a3e0c2b8422b4",
}


def test_every_source_keeps_its_pinned_sha256():
    actual = {name: hashlib.sha256((SOURCES / name).read_bytes()).hexdigest() for name in PINNED}
    assert actual == PINNED


def test_the_five_documents_are_the_five_transcriptions():
    assert sorted(p.name for p in SOURCES.glob("*.txt")) == sorted(DOCUMENTS)
