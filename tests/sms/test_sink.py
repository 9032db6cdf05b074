import stat

from sms.sink import SmsSink, saved_sms


async def test_each_text_is_one_file_readable_only_by_its_owner(tmp_path):
    folder = tmp_path / "sms"
    sink = SmsSink(folder)
    first = await sink.deliver("run-1:reminder:candidate-c1:sms", "+8613800138000", "第一条\n两行")
    await sink.deliver("run-2:reminder:candidate-c2:sms", "+447700900123", "second")
    await sink.deliver("run-1:reminder:candidate-c1:sms", "+8613800138000", "第一条\n两行")  # a retry: a 2nd text

    saved = saved_sms(folder)
    assert [(s.to, s.key, s.body) for s in saved] == [
        ("+8613800138000", "run-1:reminder:candidate-c1:sms", "第一条\n两行"),
        ("+447700900123", "run-2:reminder:candidate-c2:sms", "second"),
        ("+8613800138000", "run-1:reminder:candidate-c1:sms", "第一条\n两行"),
    ]
    assert first.startswith("sink-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(s.path.stat().st_mode) == 0o600 for s in saved)
    assert not list(folder.glob("*.part"))


def test_no_folder_means_no_texts(tmp_path):
    assert saved_sms(tmp_path / "missing") == []
