from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from annotations.models import Article, Story
from tests.conftest import SEED_FILES

ARTICLE = (
    "BOGOR - Menteri Kelautan Sari Wulandari bertemu Menteri Perikanan Tan Boon Hock "
    "selama sekitar enam jam di Istana Bogor pada Selasa untuk membahas kuota tuna.\n\n"
    "Kedua menteri sepakat membentuk komisi bersama mulai tahun depan."
)


def _run(*args, stdin=None) -> str:
    out = io.StringIO()
    call_command("import_articles", *args, "--quiet", stdout=out, stdin=stdin)
    return out.getvalue()


def test_seed_directory_imports_every_seed_into_the_named_story(db, seed_dir):
    output = _run(str(seed_dir), "--story", "Blinken di Beijing")
    assert output.count("IMPORTED") == 3
    assert output.strip().endswith("3 imported, 0 duplicate, 0 failed.")
    story = Story.objects.get(title="Blinken di Beijing")
    assert story.articles.count() == 3
    kompas = Article.objects.get(source_name=SEED_FILES["kompas"][0])
    assert (kompas.outlet.name, kompas.author) == ("Kompas TV", "Rizky L Pratama")


def test_second_import_of_a_seed_is_reported_as_duplicate(db, seed_dir):
    path = str(seed_dir / SEED_FILES["detik"][0])
    _run(path, "--outlet", "detik")
    output = _run(path, "--outlet", "detik")
    assert "DUPLICATE" in output
    assert "Already in the library" in output
    assert output.strip().endswith("0 imported, 1 duplicate, 0 failed.")
    assert Article.objects.count() == 1


def test_standard_input_is_read_with_a_dash(db):
    output = _run(
        "-",
        "--outlet",
        "Harian Nusantara",
        "--language",
        "id",
        stdin=io.StringIO(ARTICLE),
    )
    assert "IMPORTED -:" in output
    article = Article.objects.get()
    assert article.outlet.name == "Harian Nusantara"
    assert article.source_name == "-"


def test_url_is_stored_for_a_single_file(db, tmp_path):
    path = tmp_path / "satu.txt"
    path.write_text(ARTICLE)
    _run(str(path), "--url", "https://harian.example/1")
    assert Article.objects.get().url == "https://harian.example/1"


def test_url_with_several_files_is_refused(db, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name)
    with pytest.raises(CommandError, match="single file"):
        _run(str(tmp_path), "--url", "https://harian.example/1")
    assert not Article.objects.exists()


def test_a_bad_file_fails_alone_and_the_exit_status_says_so(db, tmp_path, seed_dir):
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "baik.txt").write_text(ARTICLE)
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(tmp_path), "--quiet", stdout=out)
    assert error.value.returncode == 1
    output = out.getvalue()
    assert "FAILED kosong.txt: The file is empty." in output
    assert "FAILED foto.png:" in output
    assert "IMPORTED baik.txt" in output
    assert output.strip().endswith("1 imported, 0 duplicate, 2 failed.")
    assert Article.objects.count() == 1


def test_a_path_with_no_files_is_an_error(db, tmp_path):
    with pytest.raises(CommandError, match="No files"):
        _run(str(tmp_path))


def test_exit_status_in_a_real_process(tmp_path, seed_dir):
    """Exit 0 for imported and duplicate, 1 when a file fails (a fresh SQLite database)."""
    root = Path(__file__).resolve().parents[1]
    env = {
        "NEWSROOM_SQLITE_PATH": str(tmp_path / "db.sqlite3"),
        "PATH": "/usr/bin:/bin",
    }
    manage = [sys.executable, str(root / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=root)
    seed = str(seed_dir / SEED_FILES["kompas"][0])
    first = subprocess.run(
        [*manage, "import_articles", seed],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    again = subprocess.run(
        [*manage, "import_articles", seed],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    (tmp_path / "kosong.txt").write_bytes(b"")
    bad = subprocess.run(
        [*manage, "import_articles", str(tmp_path / "kosong.txt")],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert (first.returncode, again.returncode, bad.returncode) == (0, 0, 1)
    assert "1 imported" in first.stdout
    assert "1 duplicate" in again.stdout
    assert "1 failed" in bad.stdout


def test_a_directory_tree_with_hostile_files_is_walked_and_reported_file_by_file(
    db, tmp_path
):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "baik.txt").write_text(ARTICLE)
    (tmp_path / "sub" / "tanggal.txt").write_text(
        "Diperbarui 2024-02-30 10:00\n\n" + ARTICLE.replace("Selasa", "Rabu")
    )
    (tmp_path / "sub" / "dalam.json").write_bytes(b"[" * 100_000)
    (tmp_path / "sub" / "deeper" / "rusak.txt").write_bytes(
        "Kata “sepakat” diucapkan.\n".encode() + b"\xff\xfe rusak"
    )
    (tmp_path / "sub" / "deeper" / "nul.jsonl").write_text(
        '{"text": "'
        + ARTICLE.replace("\n", " ")
        .replace("Bogor", "Bo\\u0000gor")
        .replace("tuna", "tongkol")
        + '"}'
    )
    odd_name = tmp_path.joinpath(b"n\xffama.txt".decode("utf-8", "surrogateescape"))
    odd_name.write_text(ARTICLE.replace("kuota tuna", "kuota cakalang"))
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(tmp_path), "--quiet", stdout=out)
    assert error.value.returncode == 1
    lines = out.getvalue().strip().splitlines()
    assert sorted(line.split(":")[0] for line in lines[:-1]) == [
        "FAILED dalam.json",
        "FAILED rusak.txt",
        "IMPORTED baik.txt",
        "IMPORTED nul.jsonl #1",
        "IMPORTED n\ufffdama.txt",
        "IMPORTED tanggal.txt",
    ]
    assert lines[-1] == "4 imported, 0 duplicate, 2 failed."
    assert Article.objects.count() == 4
    assert not [
        b for b in Article.objects.values_list("body", flat=True) if "\x00" in b
    ]
