"""Tasks are queued by name, after commit, and a broker outage is logged."""

import logging

import pytest
from django.db import transaction

from backend_core import taskqueue


@pytest.mark.django_db(transaction=True)
def test_a_task_is_sent_only_after_the_transaction_commits(monkeypatch):
    sendt = []
    monkeypatch.setitem(taskqueue.current_app.conf, "task_always_eager", False)
    monkeypatch.setattr(taskqueue.current_app, "send_task", lambda name, **kw: sendt.append((name, kw["args"])))
    with transaction.atomic():
        taskqueue.queue_after_commit("backend_core.brev_send", 7)
        assert taskqueue.queued_once("backend_core.brev_send")
        assert sendt == []
    assert sendt == [("backend_core.brev_send", (7,))]


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_when_the_transaction_rolls_back(monkeypatch):
    sendt = []
    monkeypatch.setitem(taskqueue.current_app.conf, "task_always_eager", False)
    monkeypatch.setattr(taskqueue.current_app, "send_task", lambda name, **kw: sendt.append(name))
    with pytest.raises(RuntimeError), transaction.atomic():
        taskqueue.queue_after_commit("backend_core.brev_send", 7)
        raise RuntimeError
    assert sendt == []


@pytest.mark.django_db(transaction=True)
def test_a_broker_outage_is_logged_not_raised(monkeypatch, caplog):
    def nede(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setitem(taskqueue.current_app.conf, "task_always_eager", False)
    monkeypatch.setattr(taskqueue.current_app, "send_task", nede)
    with caplog.at_level(logging.WARNING, logger="backend_core.taskqueue"):
        taskqueue.queue_after_commit("backend_core.brev_send", 7, hvad="letter")
    assert "letter not queued, broker unreachable" in caplog.text


@pytest.mark.django_db
def test_in_eager_mode_the_named_task_runs_here(monkeypatch, django_capture_on_commit_callbacks):
    from backend_core import tasks

    kaldt = []
    monkeypatch.setattr(tasks, "outbox_publish_pending", lambda: kaldt.append(1) or {})
    with django_capture_on_commit_callbacks(execute=True):
        taskqueue.queue_after_commit("backend_core.outbox_publish")
        assert kaldt == []
    assert kaldt == [1]
