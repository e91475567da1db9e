"""Word lists the extractor's rules rely on: titles, organisation words, speech verbs, countries, dates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract import wordlists


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capital letters for regex classes: ASCII, Latin-1 and the accented capitals of Latin Extended (Ł, Đ, Š, Ẵ).
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())


def word_regex(words: Iterable[str]) -> str:
    """An alternation of `words` folded into a trie (same matches as 'a|b|c', several times faster in `re`)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + ")"


def with_upper(pattern: str) -> str:
    """`pattern` with every A-Z class widened to all capitals in UPPER."""
    return pattern.replace("A-ZÀ-ÖØ-Þ", "A-Z").replace("A-ZÀ-Ý", "A-Z").replace("A-Z", UPPER)


# Heads of a person's title, lower-cased; a capitalised form before a name ("Governor X") counts too.
TITLE_HEADS = _words("""
    governor gov mayor minister secretary secretary-general president premier chairman chairwoman
    chairperson chair vice-chair director director-general head deputy ambassador consul consul-general
    councillor councilor commissioner chief senator sen representative rep spokesperson spokesman
    spokeswoman envoy undersecretary under-secretary professor prof lecturer researcher scientist expert
    economist analyst official officer manager member founder co-founder coordinator adviser advisor
    counsellor counselor controller administrator superintendent inspector rector dean principal leader
    delegate commander paediatrician pediatrician doctor physician surgeon engineer lawyer attorney
    judge chancellor speaker legislator lawmaker parliamentarian mp prefect magistrate treasurer auditor
    registrar curator activist entrepreneur businessman businesswoman executive owner aide attaché
    captain colonel admiral specialist consultant historian teacher architect planner vice-president
    vice-governor vice-mayor vice-minister vice-chairman vice-chairwoman governor-general ceo cfo coo cto
    chairmen king queen prince princess sheikh emir sultan mr mrs ms miss madam mme dr sir dame lord lady
    excellency hon honourable honorable rev reverend bishop archbishop imam rabbi father pastor mx
    lt col gen capt maj cmdr amb pres supervisor organiser organizer moderator host presenter
    farmer trader fisherman chairpersons marshal voivode alderman alderwoman councilman councilwoman
    regent intendant mayoress engr akim hakim hokim khokim wali bupati walikota intendente alcalde alcaldesa
    prefeito prefeita ruler cr kaumātua kaumatua whaea matua kuia rangatira taoiseach tánaiste tanaiste
    bourgmestre landeshauptmann landeshauptfrau landesrat landesrätin seremi
    burgomaster landrat starosta provost sheriff warden ombudsman cllr
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrätin ministerpräsident
    ministerpräsidentin gobernador gobernadora presidente sindaco sindaca assessore marszałek wojewoda
""")

# Words that only make a title more junior; "the governor" is not the vice governor.
RANK_MODIFIERS = _words("vice deputy assistant under acting associate co lieutenant sub")

# Honorifics stripped from names ("Dr Mariana Jitam" -> "Mariana Jitam").
HONORIFICS = _words("Mr Mrs Ms Miss Dr Prof Sir Dame Madam Mme Mx Hon Rev H.E Shri Smt Shrimati Sushri Sri Thiru Tmt "
                    "Alhaji Alhaja Hajiya Mallam Datuk Dato Eng Cllr")

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = _words("""
    Mr Mrs Ms Dr Prof Gov Sen Rep St Gen Col Lt Capt Maj Sgt Jr Sr No Nos Vol Fig vs Inc Ltd Co Corp
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Hon Rev Amb Pres Dept Univ Assn Bros approx
    Adm Cmdr Gov't Messrs Mme Mlle Hr Ave Blvd Rd Pte Pty Bhd Tbk e.g i.e cf al Ph.D Smt Engr Atty Supt Cllr
""")

# Capitalised words that name organisations, offices, places or things, never a person's name.
ORG_WORDS = _words("""
    Committee Council Councils Government Ministry Department Agency Office Bureau Board Commission
    Authority Association Alliance Federation Organization Organisation Institute Institution
    University Universiti College School Academy Center Centre Foundation Fund Company Corporation Corp
    Group Party Congress Assembly Parliament Senate Administration Directorate Secretariat Division
    Unit Section Branch Service Services Network Forum Conference Summit Initiative Program Programme
    Project Zone Area Port Airport Station Hospital Museum Library Palace Plaza Hotel Embassy Consulate
    Mission Chamber Cooperative Cluster Society Club Network Platform Week Festival Expo Olympics
    Championship Prize Award Plan Strategy Declaration Agreement Treaty Accord Memorandum Charter
    Convention Protocol Framework Affairs Resources Development Energy Trade Industry Commerce Economy
    Economic Finance Tourism Culture Education Health Welfare Labour Labor Agriculture Agricultural
    Environment Environmental Protection Defence Defense Security Interior Foreign International
    National Regional Provincial Municipal Federal State City County Province Region District
    Prefecture Prefectural Municipality Republic Kingdom Standing Central People's Public Social
    Science Sciences Technology Innovation Transport Transportation Infrastructure Planning Investment
    Promotion Cooperation Co-operation Relations Communication Communications Information Media Press
    News Daily Herald Tribune Gazette Journal Wire Water Mining Mineral Minerals Fisheries Livestock
    Forestry Maritime Marine Ocean Sea Lake River Mount Mountain Mountains Island Islands Bay Gulf
    Coast Valley Desert Delta Basin North South East West Northern Southern Eastern Western Upper
    Lower New Greater Metropolitan Capital Special Autonomous United Management Disaster Emergency
    Logistics Transition Manpower Transmigration Policy Operations Research Studies Engineering Medical
    Mobility Production Industries Housing Employment Sport Sports Youth Digital Heritage Arts Revenue Customs
    Climate Urban Rural Statistics Procurement Enterprise Enterprises Exports Aviation Railways Highways
    Telecommunications Textiles Petroleum Electricity Creation Jobs Renewables Extraordinary Plenipotentiary
    Université Universität Universidad Università Universidade Hochschule Universitas Pro Tem
    Medicine Nursing Sports Youth Women Children Family Veterans Migration Immigration Customs Tax
    Revenue Treasury Audit Statistics Housing Urban Rural Land Lands Natural Climate Weather
    Meteorology Meteorological Climatology Geophysics Geology Survey Space Aviation Railway Railways
    Highway Highways Shipping Ports Harbour Harbor Telecommunications Digital Police Fire Rescue Army
    Navy Forces Guard Intelligence Reform Rights Human Equality Integration Solidarity Dialogue Exchange
    Friendship Partnership Business Enterprise Enterprises Industries Industrial Commercial Financial
    Employment Jobs Skills Training Vocational Higher High Secondary General Executive Quality
    Standards Innovation Tourist Trust Holdings Airlines Ltd Inc Bhd Pte Cities Towns Municipalities
    Provinces Regions States Countries Nations Union European Asian African American Pacific Atlantic
    Arctic Antarctic Mediterranean Baltic Caribbean Middle Far Near World Global Open Free Joint
    Friendly Clean Smart Silk Belt Road Readout Statement Notes Contact Attendees Outline
    Photo Photos Video Source Sources Editor Editing Reporting Writing Additional Updated Posted
    Published Share Tags Related Terminal Complex Base Gate Centre Hub Facility Plant Market Markets
    Airport Stadium Arena Gardens Garden Square Campus Headquarters Secretariats Mayors Governors
    Ministers Officials Participants Delegates Organisers Organizers Speakers Vice Deputy Assistant
    Acting Associate MoU MOU RoK Province's City's Internet Olympic Paralympic Winter Summer Spring Autumn
    Voivodeship Oblast Krai Canton Governorate Emirate Aimag Prefectures Departments Counties Districts
    Regency Regencies Commune Municipal Kommune Landkreis Länder Land Community Communities Metro
""")

# Capitalised function and discourse words that can open a sentence but are not names.
COMMON_CAPS = _words("""
    The A An In On At For By With From To Of And But Or Nor So Yet During Under After Before Since
    Although While When As If Both Each Every All Some Several Many Most Other Another Such This That
    These Those There Here It Its He She They We I You His Her Their Our My Your Him Them Us
    According Also Opening Welcoming Speaking Earlier Later Meanwhile Hopefully First Second Third
    Fourth Fifth Finally Firstly Secondly Thirdly Lastly Next Then Now Once Again However Moreover
    Furthermore Therefore Thus Nevertheless Instead Together Overall Currently Recently Previously
    Additionally Separately Similarly Likewise Indeed Notably Specifically Whose Who Which What Where
    Why How Whether Because Unless Until Though Despite Following Including Regarding Concerning Given
    Based Located Held Home Today Yesterday Tomorrow Last Thanks Thank Please Dear Ladies Gentlemen
    Friends Welcome Congratulations Yes No Not Only Just Even Still About Against Between Into Through
    Among Across Toward Towards Upon Within Without Over Above Below Near Outside Inside Other Further
    Ends End Via Amid Around Along Beyond Behind Besides Except Like Unlike Than Whereas Whilst
    Let Read See Click More Less Much Few Fewer Same Different Full Half Total Top Main
    Minor Chief Senior Junior Old Young Former Current Incoming Outgoing Visiting Host Guest Guests
    Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June
    July August September October November December Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""")

NAME_PARTICLES = _words("de da di do dos das del della los las van von der den ter bin binti bint al el la le du y i "
                        "e ibn")

# Capitalised surname particles that may be a single letter ("Seán Ó Briain").
CAP_PARTICLES = _words("Ó Ní Nic Mac Mc Ua Uí")

# Lower-case nouns that follow a place name ("Tra Vinh city") and so mark it as a place.
PLACE_NOUNS = _words("""
    province city region county state district prefecture aimag municipality town village area port
    island islands side delegation government coast border market station airport river lake sea
    commune ward township oblast canton department governorate emirate territory capital borough
    suburb peninsula valley basin authorities people
""")

SPEECH_VERBS = wordlists.words("speech_verbs")  # resources/lexicon/en/speech_verbs.txt


SPEECH_PHRASES = wordlists.entries("speech_phrases")  # "pointed out", "called for": the verb with the next word

# Objects that turn a speech-like verb into a plain action ("presented gifts").
ACTION_OBJECTS = _words("gifts gift souvenirs souvenir flowers awards award certificates certificate medals "
                        "medal plaques plaque trophies trophy prizes prize donations cheques checks keys")

ADVERBS = _words("also further then later again repeatedly however once firmly strongly warmly "
                 "particularly specifically fully briefly first finally additionally likewise similarly "
                 "has have had was were is")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

# Countries with the adjectives and short forms that point to them.
COUNTRIES: dict[str, str] = {}
for _line in """
Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Angola:Angolan|Argentina:Argentine,Argentinian
Armenia:Armenian|Australia:Australian|Austria:Austrian|Azerbaijan:Azerbaijani|Bangladesh:Bangladeshi
Belarus:Belarusian|Belgium:Belgian,Flemish,Walloon|Bolivia:Bolivian|Bosnia and Herzegovina:Bosnian
Botswana:Botswanan|Brazil:Brazilian|Bulgaria:Bulgarian|Cambodia:Cambodian|Cameroon:Cameroonian
Canada:Canadian|Chile:Chilean|China:Chinese|Colombia:Colombian|Costa Rica:Costa Rican|Croatia:Croatian
Cuba:Cuban|Cyprus:Cypriot|Czech Republic:Czech,Czechia|Denmark:Danish|Ecuador:Ecuadorian
Egypt:Egyptian|Estonia:Estonian|Ethiopia:Ethiopian|Finland:Finnish|France:French|Georgia:Georgian
Germany:German|Ghana:Ghanaian|Greece:Greek|Hungary:Hungarian|Iceland:Icelandic|India:Indian
Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi|Ireland:Irish|Israel:Israeli|Italy:Italian
Japan:Japanese|Jordan:Jordanian|Kazakhstan:Kazakh|Kenya:Kenyan|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz
Laos:Lao,Laotian|Latvia:Latvian|Lebanon:Lebanese|Lithuania:Lithuanian|Luxembourg:Luxembourgish
Malaysia:Malaysian|Mexico:Mexican|Moldova:Moldovan|Mongolia:Mongolian|Montenegro:Montenegrin
Morocco:Moroccan|Mozambique:Mozambican|Myanmar:Burmese|Namibia:Namibian|Nepal:Nepali,Nepalese
Netherlands:Dutch|New Zealand:New Zealander|Nigeria:Nigerian|North Macedonia:Macedonian
Norway:Norwegian|Oman:Omani|Pakistan:Pakistani|Panama:Panamanian|Paraguay:Paraguayan|Peru:Peruvian
Philippines:Philippine,Filipino|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian
Russia:Russian|Rwanda:Rwandan|Saudi Arabia:Saudi|Senegal:Senegalese|Serbia:Serbian|Singapore:Singaporean
Slovakia:Slovak|Slovenia:Slovenian|South Africa:South African|South Korea:Korean,Republic of Korea,RoK,ROK
North Korea:DPRK|Spain:Spanish,Asturian,Catalan|Sri Lanka:Sri Lankan|Sweden:Swedish|Switzerland:Swiss
Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai|Tunisia:Tunisian|Turkey:Turkish,Türkiye
Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian|United Arab Emirates:Emirati,UAE
United Kingdom:British,UK,Britain|United States:American,U.S.,US,USA|Uruguay:Uruguayan
Uzbekistan:Uzbek|Venezuela:Venezuelan|Viet Nam:Vietnamese,Vietnam|Zambia:Zambian|Zimbabwe:Zimbabwean
Scotland:Scottish|England:English|Wales:Welsh|Taiwan:Taiwanese|Brunei:Bruneian|Timor-Leste:Timorese
Cape Verde:Cabo Verde,Cape Verdean|Côte d'Ivoire:Côte d’Ivoire,Ivorian,Ivory Coast|Dominican Republic:Dominican
El Salvador:Salvadoran|Guatemala:Guatemalan|Honduras:Honduran|Nicaragua:Nicaraguan|Jamaica:Jamaican
Sudan:Sudanese|South Sudan:South Sudanese|Libya:Libyan|Malta:Maltese|Mali:Malian|Niger:Nigerien
Burkina Faso:Burkinabe|Benin:Beninese|Togo:Togolese|Gabon:Gabonese|Madagascar:Malagasy|Mauritius:Mauritian
Malawi:Malawian|Somalia:Somali|Djibouti:Djiboutian|Eritrea:Eritrean|Yemen:Yemeni|Syria:Syrian
Bahrain:Bahraini|Bhutan:Bhutanese|Maldives:Maldivian|Fiji:Fijian|Papua New Guinea:Papua New Guinean
Samoa:Samoan|Tonga:Tongan|Vanuatu:Vanuatuan|Kosovo:Kosovar|Sierra Leone:Sierra Leonean|Liberia:Liberian
Gambia:Gambian|Chad:Chadian|Eswatini:Swazi|Lesotho:Basotho|Seychelles:Seychellois|Haiti:Haitian
Barbados:Barbadian|Guyana:Guyanese|Suriname:Surinamese|Trinidad and Tobago:Trinidadian
""".replace("\n", "|").split("|"):
    if not _line.strip():
        continue
    _name, _, _forms = _line.strip().partition(":")
    COUNTRIES[_name] = _name
    for _form in _forms.split(","):
        COUNTRIES[_form.strip()] = _name

# Country names that are also common first names, never used to split a name.
AMBIGUOUS_COUNTRIES = frozenset({"Jordan", "Georgia", "Israel", "Chad"})

# Multi-word country names, split into words, for spotting them inside capitalised runs.
COUNTRY_WORD_SEQS = [tuple(name.split()) for name in COUNTRIES if " " in name]

CREDIT_PREFIXES = ("photo", "photos", "image", "images", "picture", "pictures", "video", "reporting by",
                   "editing by", "writing by", "additional reporting", "reported by", "written by",
                   "edited by", "by ", "source:", "sources:", "editor:", "reporter:", "photographer:",
                   "text by", "story by", "compiled by", "translated by", "(reporting", "(editing",
                   "(writing", "(additional", "(editor", "(photo", "(source", "credit:", "credits:")
