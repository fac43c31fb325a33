"""The four readers the app writes for. "Reader" is the one name for them in core/.

The data files keep their own keys: `audiences = [...]` in page headers and contacts.toml, `audience` in
settings.json and `default_reader` in the policy.
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

Reader = Literal["young", "parent", "staff", "adult"]
"""Who the app is speaking to: a young person, a parent or carer, someone who works with young people
(staff), or an adult it is happening to."""

YOUNG: Reader = "young"
PARENT: Reader = "parent"
STAFF: Reader = "staff"
ADULT: Reader = "adult"
READERS: tuple[Reader, ...] = get_args(Reader)
"""Every reader, in the order the app offers them."""


def is_reader(value: object) -> TypeGuard[Reader]:
    return value in READERS
