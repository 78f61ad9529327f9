"""Over a hundred fuzzed drafts per run: spans, positions, JSON and determinism hold.

The seed is fixed, so the suite is the same on every machine; bench/fuzz.py runs tens of
thousands of new examples with the hostile shapes mixed in.
"""

from fuzz_drafts import audit_and_check, drafts
from hypothesis import HealthCheck, given, settings

from audit.loading import Draft
from audit.pipeline import Context
from audit.settings import Settings

CONTEXT = Context.from_settings(Settings())


@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drafts())
def test_every_report_keeps_its_properties(draft: Draft) -> None:
    audit_and_check(draft, CONTEXT)
