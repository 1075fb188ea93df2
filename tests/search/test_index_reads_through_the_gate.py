"""The search index reads TEI files as every command does: a named pipe among them is reported
by name and never opened (opening one blocks until a writer comes, and `serve` indexes in a
background thread that nobody would see hang)."""

import os
import shutil
import threading

from edition.search.index import SearchIndex


def test_a_named_pipe_in_the_folder_is_reported_and_the_real_documents_are_indexed(tei_files, tmp_path):
    real = tmp_path / tei_files[0].name
    shutil.copy(tei_files[0], real)
    pipe = tmp_path / "pipe.xml"
    os.mkfifo(pipe)
    index = SearchIndex()
    done = threading.Thread(target=index.sync, args=([pipe, real],), daemon=True)
    done.start()
    done.join(timeout=60)
    assert not done.is_alive(), "indexing blocked on the named pipe"
    assert [e for e in index.errors if str(pipe) in e and "not a file" in e], index.errors
    assert index.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
