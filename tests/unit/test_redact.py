"""_redact: passwords never leave the process."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from schemanb._redact import mask_secret, mask_text, mask_url


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql://app:s3cret@db:5432/prod", "postgresql://app:***@db:5432/prod"),
        ("mysql+pymysql://root:p%40ss@h/db", "mysql+pymysql://root:***@h/db"),
        ("sqlite:///shop.db", "sqlite:///shop.db"),
        ("postgresql://app@db/prod", "postgresql://app@db/prod"),
        ("postgresql//app:s3cret@db/prod", "postgresql//app:***@db/prod"),
    ],
)
def test_mask_url_text(url, masked):
    assert mask_url(url) == masked


def test_mask_url_object():
    assert mask_url(make_url("postgresql://app:s3cret@db/prod")) == "postgresql://app:***@db/prod"


def test_mask_text_finds_every_url():
    text = "a mysql://r:pw1@h/x and postgresql://u:pw2@h/y"
    assert mask_text(text) == "a mysql://r:***@h/x and postgresql://u:***@h/y"


def test_mask_secret_long_and_short():
    assert mask_secret("login failed for hunter22 (hunter22)", "hunter22") == "login failed for *** (***)"
    # A one-letter password is masked where it stands alone, not inside words.
    assert mask_secret('port 5432 failed: password "p" rejected', "p") == 'port 5432 failed: password "***" rejected'
    assert mask_secret("nothing here", None) == "nothing here"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://u:Sx3cr3t@Pzass@host/db", "postgresql://***@host/db"),
        ("x mysql://u:a@b@c@h:3306/db y", "x mysql://***@h:3306/db y"),
        ("postgresql://u:a/b@h/db", "postgresql://u:***@h/db"),
        ("postgresql://user@srv:pw@h/db", "postgresql://***@h/db"),
        ("mysql://root@h/x failed: see a@b", "mysql://root@h/x failed: see a@b"),
        ("sqlite:////tmp/a@b/c.db", "sqlite:////tmp/a@b/c.db"),
        ("'postgresql://u:p@w@h'", "'postgresql://***@h'"),
    ],
)
def test_everything_before_the_last_at_of_the_authority_is_masked(text, masked):
    assert mask_text(text) == masked


def test_a_url_object_whose_host_holds_the_passwords_tail():
    # make_url ends the password at the first '@'; the rest lands in the host.
    assert mask_url(make_url("postgresql://u:Sx3cr3t@Pzass@h/db")) == "postgresql://***@h/db"
