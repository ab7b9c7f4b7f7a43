"""Where an event happens, and when, when its own clause says only the place."""

from __future__ import annotations

import diplograph


def test_a_meeting_at_the_place_of_a_dated_visit_happens_then():
    ex = diplograph.extract("Chinese President Xi Jinping will also attend the parade in Moscow in May. "
                            "Xi and North Korean leader Kim Jong-un could meet in Moscow.", published="2015-01-29")
    meeting = next(e for e in ex.events if e.cameo.startswith("04") and e.target == "person:kim-jong-un")
    assert (meeting.location, meeting.when.edtf, meeting.factuality) == ("place:moscow", "2015-05", "possible")


def test_a_place_told_in_another_mood_lends_no_date():
    ex = diplograph.extract("Chinese President Xi Jinping visited Moscow in March. "
                            "Xi and North Korean leader Kim Jong-un could meet in Moscow.", published="2015-05-29")
    meeting = next(e for e in ex.events if e.cameo.startswith("04") and e.target == "person:kim-jong-un")
    assert meeting.location == "place:moscow"
    assert meeting.when is None or meeting.when.edtf != "2015-03"
