"""The named rules that match participants of different briefings to one person."""

from __future__ import annotations

from briefing.library.people_rules import (
    Decision,
    Mention,
    cluster,
    display_name,
    fold,
    is_full,
    mention_keys,
    short_forms,
    split_title,
    title_heads,
)


def groups(mentions: list[Mention], decisions: list[Decision] | None = None) -> list[list[str]]:
    found = cluster(mentions, decisions or [])
    return sorted(sorted(f"{mentions[i].briefing_id}:{mentions[i].name}" for i in group) for group in found)


def test_fold_drops_case_accents_and_punctuation() -> None:
    assert fold("Jean-Marc  Ayrault.") == "jean marc ayrault"
    assert fold("Bürgermeister O’Neill") == "burgermeister oneill"
    assert fold(None) == ""


def test_leading_title_is_not_the_name() -> None:
    assert split_title("Vice Governor Li Wei") == ("vice governor", "li wei")
    assert split_title("H.E. Mr. John Smith") == ("", "john smith")
    assert split_title("the governor") == ("governor", "")
    assert split_title("Governor Jing") == ("governor", "jing")


def test_title_heads_and_name_forms() -> None:
    assert {"secretary", "governor"} <= title_heads("deputy secretary of the CPC Jilin committee and governor")
    assert is_full("jing junhai") and is_full("manlio di stefano") and not is_full("di stefano")
    assert short_forms("jing junhai") == {"jing", "junhai"}
    assert short_forms("manlio di stefano") == {"manlio", "di stefano", "stefano"}


def test_scope_keys_name_country_and_organisation() -> None:
    keys = mention_keys(Mention(1, 0, "Jing Junhai", ("Jing", "the governor"), "governor", "Jilin", "China"))
    assert keys.full == ("jing junhai",) and keys.scopes == ("c:china", "o:jilin")
    assert "jing" in keys.offers and not keys.wants and "governor" in keys.heads


def test_same_full_name_in_scope_and_a_governor_by_surname_are_one_person() -> None:
    mentions = [Mention(1, 0, "Jing Junhai", ("Jing",), "governor", None, "China"),
                Mention(2, 0, "Jing Junhai", (), None, "Jilin", "China"),
                Mention(3, 0, "Jing Junhai", (), None, None, None),
                Mention(4, 0, "Governor Jing", (), None, None, "China")]
    assert groups(mentions) == [["1:Jing Junhai", "2:Jing Junhai", "3:Jing Junhai", "4:Governor Jing"]]


def test_the_same_name_in_two_countries_is_two_people() -> None:
    mentions = [Mention(1, 0, "Li Wei", (), None, None, "China"), Mention(2, 0, "Li Wei", (), None, None, "Singapore")]
    assert len(groups(mentions)) == 2


def test_an_unscoped_name_joins_only_when_one_person_has_it() -> None:
    mentions = [Mention(1, 0, "Li Wei", (), None, None, "China"), Mention(2, 0, "Li Wei", (), None, None, "Singapore"),
                Mention(3, 0, "Li Wei", (), None, None, None)]
    assert len(groups(mentions)) == 3


def test_a_short_name_two_people_answer_to_is_left_alone() -> None:
    mentions = [Mention(1, 0, "Li Wei", (), None, None, "China"), Mention(2, 0, "Wei Li", (), None, None, "China"),
                Mention(3, 0, "Minister Li", (), None, None, "China")]
    assert len(groups(mentions)) == 3


def test_short_names_without_a_full_name_join_when_their_offices_agree() -> None:
    mentions = [Mention(1, 0, "Governor Kim", (), None, None, "Korea"),
                Mention(2, 0, "Governor Kim", (), None, None, "Korea"),
                Mention(3, 0, "Mayor Kim", (), None, None, "Korea")]
    assert groups(mentions) == [["1:Governor Kim", "2:Governor Kim"], ["3:Mayor Kim"]]


def test_a_short_name_needs_a_scope() -> None:
    mentions = [Mention(1, 0, "Jing Junhai", (), None, None, "China"), Mention(2, 0, "Governor Jing")]
    assert len(groups(mentions)) == 2


def test_decisions_merge_and_split_oldest_first() -> None:
    mentions = [Mention(1, 0, "Jing Junhai", (), None, None, "China"),
                Mention(2, 0, "Jing Junhai", (), None, None, "China"),
                Mention(3, 0, "J. Junhai", (), None, None, None)]
    split = Decision("split", ((2, "jing junhai"),), 1)
    merge = Decision("merge", ((3, "j junhai"), (1, "jing junhai")), 2)
    assert groups(mentions, [split]) == [["1:Jing Junhai"], ["2:Jing Junhai"], ["3:J. Junhai"]]
    assert groups(mentions, [split, merge]) == [["1:Jing Junhai", "3:J. Junhai"], ["2:Jing Junhai"]]
    assert groups(mentions, [Decision("merge", ((9, "nobody"),), 3)]) == groups(mentions)


def test_display_name_is_the_full_name_written_most() -> None:
    mentions = [Mention(1, 0, "Governor Jing"), Mention(2, 0, "Jing Junhai"), Mention(3, 0, "Jing Junhai")]
    assert display_name(mentions) == "Jing Junhai"
