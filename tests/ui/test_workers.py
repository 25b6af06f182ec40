import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from organiser.errors import OrganiserError
from ui import workers
from ui.workers import run_job


def _visible_progress(parent):
    return next((d for d in parent.findChildren(QProgressDialog) if d.isVisible()), None)


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
    # The user presses Cancel in the progress dialog once it shows.
    qtbot.waitUntil(lambda: _visible_progress(parent) is not None, timeout=5000)
    cancel = _visible_progress(parent).findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert handle.cancelled
    release.set()
    # The job ends (its handle leaves the running set) without reporting a result.
    qtbot.waitUntil(lambda: handle not in workers._running, timeout=5000)
    assert finished == []
