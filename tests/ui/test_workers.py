import threading

from PySide6.QtWidgets import QWidget

from organiser.errors import OrganiserError
from ui.workers import run_job


def test_job_runs_off_the_ui_thread_and_reports_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def job(progress):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        for i in range(3):
            progress(i + 1, 3)
        return 42

    results = []
    run_job(parent, "Working", job, on_done=results.append, show_dialog=False)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["thread"] is False


def test_job_errors_reach_the_error_callback(qtbot):
    errors = []

    def job(progress):
        raise OrganiserError("The file is empty.")

    run_job(None, "Import", job, on_done=lambda r: None, on_error=errors.append, show_dialog=False)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert errors[0].message == "The file is empty."


def test_cancel_stops_the_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()
    finished = []

    def job(progress):
        started.set()
        release.wait(5)
        progress(1, 10)  # raises Cancelled after the user cancelled
        finished.append("ran past cancel")
        return None

    handle = run_job(parent, "Long", job, on_done=finished.append)
    assert started.wait(5)
    handle.cancelled = True
    release.set()
    qtbot.wait(300)
    assert finished == []
