"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations
