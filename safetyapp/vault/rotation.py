"""A new data key whenever a way in changes, so a secret that was changed or removed opens nothing
written afterwards.

`rekey` takes the header and keys of an unlocked store and the slots to change, and returns the
header to write with a NEW data key wrapped for every slot that stays: the new slots are made from
their new secrets; the others are wrapped again for their recipients (format 2 needs no secret for
that, see keys.py). A store of format 1 (made before recipients) becomes format 2 here: a slot whose
seed is known (the secret it was unlocked with this time) keeps its secret; an old recovery slot is
replaced by a new recovery code, which the caller must show; an old keyring slot is dropped (the
caller turns the keyring off or on again); an old passphrase slot whose passphrase is not known
refuses (NeedsPassphrase): open the notes with the passphrase first.

The caller writes the header, removes the earlier copies made under the old secret, and wipes the
old data key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from safetyapp.vault import crypto, fileformat, keys, recovery
from safetyapp.vault.errors import VaultError

SLOT_ORDER = {kind: i for i, kind in enumerate(fileformat.SLOT_KINDS)}


class NeedsPassphrase(VaultError):
    """A store made before format 2 can only get new keys after it was opened with its passphrase."""

    code = "needs-passphrase"


@dataclass
class Secret:
    """A new way in: the seed derived from its secret, with the KDF and salt it was derived with."""

    kind: str
    kdf: crypto.KdfParams | None
    salt: bytes
    seed: bytes


@dataclass
class Rekeyed:
    header: fileformat.Header
    key: bytearray
    auth: dict[str, bytearray]
    recovery_code: str | None = None  # a format 1 store's recovery slot had to be replaced: show this


def passphrase_secret(passphrase: str, params: crypto.KdfParams) -> Secret:
    salt = crypto.new_salt()
    return Secret("passphrase", params, salt, keys.passphrase_seed(passphrase, salt, params))


def code_secret(kind: str, secret: bytes) -> Secret:
    salt = crypto.new_salt()
    return Secret(kind, None, salt, keys.secret_seed(kind, secret, salt))


def rekey(
    header: fileformat.Header,
    auth: dict[str, bytearray],
    seeds: dict[str, bytes],
    new: Secret | None,
    remove: str | None = None,
) -> Rekeyed:
    """The header with a new data key, `new` added (replacing a slot of its kind) and `remove` taken out.

    `auth` holds the auth keys of a format 2 store's slots; `seeds` the seeds of a format 1 store's
    slots that were unlocked this time (empty for format 2)."""
    key = bytearray(crypto.new_data_key())
    store_id = header.store_id
    new_auth: dict[str, bytearray] = {}
    slots: list[fileformat.Slot] = []
    code = None
    changed = {new.kind} if new is not None else set()
    if remove is not None:
        changed.add(remove)
    try:
        for slot in header.slots:
            if slot.kind in changed:
                continue
            if header.format_version >= 2:
                slots.append(keys.wrap_slot(store_id, slot, auth[slot.kind], key))
                new_auth[slot.kind] = bytearray(auth[slot.kind])
            elif slot.kind in seeds:
                made, made_auth = keys.new_slot(store_id, slot.kind, slot.kdf, slot.salt, seeds[slot.kind], key)
                slots.append(made)
                new_auth[slot.kind] = made_auth
            elif slot.kind == "recovery":
                code = recovery.generate()
                made, made_auth = _slot_for(store_id, code_secret("recovery", recovery.to_key_material(code)), key)
                slots.append(made)
                new_auth["recovery"] = made_auth
            elif slot.kind == "passphrase":
                raise NeedsPassphrase(None)
            # an old keyring slot whose secret is not known here is dropped
        if new is not None:
            made, made_auth = _slot_for(store_id, new, key)
            slots.append(made)
            new_auth[new.kind] = made_auth
    except BaseException:
        keys.wipe(key)
        raise
    slots.sort(key=lambda s: SLOT_ORDER[s.kind])
    written = replace(
        header,
        format_version=fileformat.FORMAT_VERSION,
        slots=tuple(slots),
        keys=keys.seal_auth_keys(key, store_id, new_auth),
    )
    return Rekeyed(written, key, new_auth, code)


def _slot_for(store_id: str, secret: Secret, key: bytearray) -> tuple[fileformat.Slot, bytearray]:
    return keys.new_slot(store_id, secret.kind, secret.kdf, secret.salt, secret.seed, key)


def add_slot(header: fileformat.Header, key: bytearray, auth: dict[str, bytearray], new: Secret) -> Rekeyed:
    """A format 2 header with a slot for `new` added, for the same data key: a new way in changes
    nothing for the old ones, and the earlier copies still open with the data key held."""
    assert header.format_version >= 2 and header.slot(new.kind) is None
    made, made_auth = _slot_for(header.store_id, new, key)
    new_auth = {kind: bytearray(value) for kind, value in auth.items()} | {new.kind: made_auth}
    slots = tuple(sorted((*header.slots, made), key=lambda s: SLOT_ORDER[s.kind]))
    written = replace(header, slots=slots, keys=keys.seal_auth_keys(key, header.store_id, new_auth))
    return Rekeyed(written, bytearray(key), new_auth)
