"""The sort keys of the desktop client's lists: what a column header may ask the store to sort
by. Shared by `app/ui` (the columns) and `app/store/overview.py` (the SQL behind each key);
both layers may import models. A key that is not a member is an error (ValueError), never a
silent fallback to the first column."""

from __future__ import annotations

from enum import StrEnum


class PersonSort(StrEnum):
    NAME = "name"
    NUMBER = "number"
    UNIT = "unit"


class PlanSort(StrEnum):
    PERSON = "person"
    NUMBER = "number"
    MEASURE = "measure"
    SETTING = "setting"
    STATUS = "status"
    VERSION = "version"
    REASSESSMENT_ON = "reassessment_on"


class DeviationSort(StrEnum):
    OCCURRED_AT = "occurred_at"
    PERSON = "person"
    HARM = "harm"
    CATEGORY = "category"
    STATUS = "status"
    LOCATION = "location"


class DisputeSort(StrEnum):
    OPENED_ON = "opened_on"
    QUESTION = "question"
    RESOLVED_ON = "resolved_on"


class SipSort(StrEnum):
    SIP_DATE = "sip_date"
    PERSON = "person"
    NEXT_FOLLOW_UP = "next_follow_up"
