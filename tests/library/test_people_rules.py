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


def test_role_descriptions_are_titles_not_names() -> None:
    assert split_title("the new Atlantic Trade Minister")[1] == ""
    assert split_title("the Vice President of Freedonia")[1] == ""
    assert split_title("Prime Minister")[1] == ""
    assert split_title("the Prime Minister’s")[1] == ""
    assert split_title("the message from Prime Minister")[1] == ""
    assert split_title("Prime Minister Tavita Olu") == ("prime minister", "tavita olu")
    assert split_title("Atlantic Trade Minister Rosa Menendez")[1] == "rosa menendez"
    assert split_title("Anna Bishop") == ("", "anna bishop")  # a surname that is also a title word
    keys = mention_keys(Mention(1, 0, "Tavita Olu", ("the Prime Minister", "the new Atlantic Trade Minister",
                                                     "the Vice President of Freedonia"), "Prime Minister"))
    assert keys.full == ("tavita olu",)


def test_prime_ministers_of_three_countries_are_three_people() -> None:
    def premier(briefing_id: int, name: str, country: str | None) -> Mention:
        return Mention(briefing_id, 0, name, ("the Prime Minister", "Prime Minister", "the Prime Minister’s"),
                       "Prime Minister", None, country)
    unscoped = [premier(1, "Tavita Olu", None), premier(2, "Rangi Forsyth", None), premier(3, "Omar Qadri", None)]
    assert len(groups(unscoped)) == 3
    scoped = [premier(1, "Tavita Olu", "Samoa"), premier(2, "Rangi Forsyth", "Tonga"), premier(3, "Omar Qadri", "Fiji"),
              Mention(4, 0, "Prime Minister", (), "Prime Minister"), Mention(5, 0, "the Prime Minister")]
    assert len(groups(scoped)) == 5


def test_a_title_alone_never_joins_two_names() -> None:
    mentions = [Mention(1, 0, "Tavita Olu", ("the minister",), "Minister", None, None),
                Mention(2, 0, "Rangi Forsyth", ("the minister",), "Minister", None, None),
                Mention(3, 0, "the minister", (), "Minister", None, None),
                Mention(4, 0, "Minister", (), None, None, "Samoa"), Mention(5, 0, "Minister", (), None, None, "Samoa")]
    assert len(groups(mentions)) == 5


def test_different_full_names_join_only_by_an_alias_in_the_same_scope() -> None:
    alias = [Mention(1, 0, "Ana Souza Lima", ("Ana Lima",), None, None, "Brazil"),
             Mention(2, 0, "Ana Lima", (), None, None, "Brazil")]
    assert len(groups(alias)) == 1
    elsewhere = [Mention(1, 0, "Ana Souza Lima", ("Ana Lima",), None, None, "Brazil"),
                 Mention(2, 0, "Ana Lima", (), None, None, "Portugal")]
    assert len(groups(elsewhere)) == 2
    unscoped = [Mention(1, 0, "Ana Souza Lima", ("Ana Lima",)), Mention(2, 0, "Ana Lima"),
                Mention(3, 0, "Paulo Lima", ("Ana Lima",))]
    assert len(groups(unscoped)) == 3
    assert len(groups([Mention(1, 0, "Ana Lima"), Mention(2, 0, "Ana Lima")])) == 1  # one name: one person


def test_a_generic_organisation_is_no_scope_across_countries() -> None:
    mentions = [Mention(1, 0, "Tavita Olu", (), None, "Government", "Samoa"),
                Mention(2, 0, "Tavita Olu", (), None, "Government", "Tonga"),
                Mention(3, 0, "Minister Olu", (), None, "Ministry of Foreign Affairs", "Tonga"),
                Mention(4, 0, "Tavita Olu", (), None, "Ministry of Foreign Affairs", "Tonga")]
    assert groups(mentions) == [["1:Tavita Olu"], ["2:Tavita Olu", "3:Minister Olu", "4:Tavita Olu"]]
