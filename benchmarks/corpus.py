"""A corpus of invented press releases about collaborations between medical institutions, for benchmarks.

Every name is made up from the parts below (no sample article's names); the sentence
shapes are those of real press releases: signings, witnesses, roles, symposia, visits,
and background paragraphs. Seeded, so the same N gives the same corpus.

    python benchmarks/corpus.py /tmp/corpus --articles 1000
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

PLACES = [
    "Arvenport", "Belmoor", "Calderwick", "Dunmarra", "Elsford", "Fenwater", "Glenhollow", "Halvik", "Istrane",
    "Jorvale", "Kestrel Bay", "Lindqvist", "Marrowby", "Northam Cross", "Orlenza", "Pellucid Bay", "Quarrington",
    "Rosshaven", "Saltmere", "Tarrowdale", "Ulmbridge", "Varenna Falls", "Westerloo", "Yarrowgate", "Zelmont",
    "Aldercombe", "Brisantha", "Corvallen", "Drumlisk", "Eastmarch", "Farrowind", "Greyhallow", "Hesketh Vale",
]
FIELDS = [
    "Cardiovascular Medicine", "Rare Diseases", "Oncology", "Neuroscience", "Public Health", "Medical Imaging",
    "Regenerative Medicine", "Infectious Diseases", "Pediatrics", "Translational Medicine", "Genomic Medicine",
    "Digital Health", "Nursing Sciences", "Clinical Pharmacology", "Immunology", "Ophthalmology",
]
INSTITUTION_SHAPES = [
    "{place} Medical University", "University of {place}", "{place} University Hospital",
    "{place} Institute of {field}", "{place} Children's Hospital", "{place} General Hospital",
    "{place} Medical Center", "{place} University", "{place} College of Medicine", "{place} Cancer Center",
]
GIVEN = [
    "Maren", "Tobias", "Ilse", "Rafael", "Anouk", "Dmitri", "Leilani", "Caspian", "Odette", "Mateo", "Sunniva",
    "Hakan", "Priya", "Emeka", "Ingrid", "Lucan", "Marisol", "Kenji", "Aurelie", "Bastien", "Yuki", "Ansel",
    "Thandiwe", "Oren", "Selma", "Viggo", "Noor", "Clement", "Halla", "Ravi", "Esme", "Joaquin", "Wenli",
    "Haoran", "Meixi", "Junhao", "Xinyue", "Zhenyu",
]
SURNAMES = [
    "Holloway", "Varga", "Lindahl", "Okonjo", "Castellan", "Brandvold", "Marchetti", "Quist", "Ferreira",
    "Adeyemi", "Sorensen", "Takamura", "Ebrahimi", "Kowalczyk", "Delacroix", "Nakashima", "Oyelaran",
    "Thorsen", "Valverde", "Whitcombe", "Yilmaz", "Zeller", "Ansari", "Bergqvist", "Cardenas", "Dufresne",
    "Halvorsen", "Iwasaki", "Jaramillo", "Keane", "Liang", "Mao", "Qiao", "Ruan", "Tian", "Xue",
]
HONORIFICS = ["Professor", "Prof.", "Dr.", "Dr.", "Prof.", "Ms.", "Mr."]
TITLES = [
    "President", "Vice President", "Dean", "Director", "Provost", "Vice-Chancellor", "Executive Vice President",
    "Chief Executive Officer", "Head", "Associate Dean", "Deputy Director",
]
AGREEMENTS = [
    "memorandum of understanding", "strategic cooperation agreement", "cooperation agreement",
    "framework agreement", "letter of intent", "collaboration agreement", "research collaboration agreement",
    "five-year agreement", "joint training agreement",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]
EVENTS = ["Symposium", "Forum", "Conference", "Workshop", "Summit"]
BACKGROUND = [
    "The two institutions have worked together informally for several years, exchanging visiting scholars and "
    "co-supervising doctoral students in {field}.",
    "Under the agreement, the partners will set up a joint laboratory, share clinical data under common ethics "
    "review, and run a summer school for medical students from both sides.",
    "Researchers from both sides will apply jointly for competitive grants and publish their findings in open "
    "access journals, with priority given to projects in {field} and {field2}.",
    "The collaboration also covers the training of residents, short-term clinical attachments for nurses, and "
    "regular video conferences on difficult cases.",
    "Founded more than a century ago, the hospital treats over two million outpatients each year and hosts "
    "national clinical research centers in {field} and {field2}.",
    "Speakers stressed that patients benefit most when clinicians and laboratory scientists work side by side, "
    "and that international partnerships shorten the road from discovery to the bedside.",
    "A steering committee with three members from each institution will meet twice a year to review progress "
    "and decide on new projects.",
    "The delegation toured the emergency department, the imaging center and the biobank, and met young "
    "investigators working on {field}.",
    "In recent years the university has expanded its international network to more than forty partner "
    "institutions across Europe, Asia and Africa.",
    "Both sides agreed that the first joint projects will focus on early diagnosis, long-term follow-up of "
    "patients, and the use of artificial intelligence in {field}.",
    "The agreement builds on a pilot exchange programme launched three years ago, which brought twelve young "
    "doctors to each campus for six months.",
    "Participants discussed how to harmonise consent forms, data standards and sample storage so that cohorts "
    "from different countries can be compared.",
    "Over the next five years the partners plan to enrol several thousand patients in shared registries and to "
    "open a joint outpatient clinic for complex cases in {field}.",
    "Graduate students will be able to spend up to a year at the partner institution, with credits recognised by "
    "both sides and tuition waived for the exchange period.",
    "The hospital's research wards, opened last spring, provide beds for early phase trials and a dedicated "
    "pharmacy for investigational medicines.",
    "Representatives of the municipal health commission attended the ceremony and welcomed the partnership as a "
    "model for regional cooperation in {field}.",
    "The programme will be evaluated by an external panel after three years, and extended if it meets its "
    "targets for joint publications, trainees and patients reached.",
]
QUOTES = [
    "\"This partnership brings together complementary strengths, and we expect it to change how we train the "
    "next generation of physicians,\" said {who}.",
    "\"Our patients will be the first to benefit from this collaboration,\" {who} said, adding that the first "
    "joint clinical trials could start within a year.",
    "\"We share a commitment to research that matters at the bedside,\" said {who}.",
]


@dataclass(frozen=True)
class Org:
    name: str
    acronym: str


@dataclass(frozen=True)
class Person:
    honorific: str
    name: str
    title: str


def make_org(rng: random.Random) -> Org:
    shape = rng.choice(INSTITUTION_SHAPES)
    name = shape.format(place=rng.choice(PLACES), field=rng.choice(FIELDS))
    acronym = "".join(w[0] for w in name.replace("'s", "").split() if w[0].isupper() and w not in ("of",))
    return Org(name, acronym)


def make_person(rng: random.Random) -> Person:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    # Some releases write the surname first in capitals, as many Chinese institutions do.
    name = f"{surname.upper()} {given}" if rng.random() < 0.2 else f"{given} {surname}"
    return Person(rng.choice(HONORIFICS), name, rng.choice(TITLES))


def date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"


def make_article(rng: random.Random) -> str:
    a, b, c = make_org(rng), make_org(rng), make_org(rng)
    pa, pb, pw, pv = (make_person(rng) for _ in range(4))
    kind = rng.choice(AGREEMENTS)
    field, field2 = rng.sample(FIELDS, 2)
    when, city = date(rng), rng.choice(PLACES)
    headline = rng.choice([
        f"{a.name} and {b.name} Sign {kind.title()} on {field}",
        f"{a.acronym} and {b.acronym} Deepen Cooperation in {field}",
        f"{b.name} Delegation Visits {a.name}",
        f"New Partnership Between {a.acronym} and {b.acronym} to Advance {field}",
    ])
    opening = rng.choice([
        f"On {when}, {a.name} ({a.acronym}) and {b.name} ({b.acronym}) signed a {kind} in {city}, "
        f"opening a new chapter in their cooperation in {field}.",
        f"A {kind} between {a.name} ({a.acronym}) and {b.name} ({b.acronym}) was signed on {when} in {city}.",
        f"{a.name} ({a.acronym}) signed a {kind} with {b.name} ({b.acronym}) on {when}, "
        f"marking the start of a joint programme in {field} and {field2}.",
    ])
    signing = rng.choice([
        f"The agreement was signed by {pa.honorific} {pa.name}, {pa.title} of {a.acronym}, and "
        f"{pb.honorific} {pb.name}, {pb.title} of {b.acronym}, and witnessed by {pw.honorific} {pw.name}, "
        f"{pw.title} of {c.name}.",
        f"{a.acronym} {pa.title} {pa.honorific} {pa.name} and {b.acronym} {pb.title} {pb.honorific} {pb.name} "
        f"signed the agreement on behalf of the two institutions, in the presence of {pw.honorific} {pw.name}, "
        f"{pw.title} of {c.name}.",
    ])
    event = (f"The signing took place during the {rng.choice(ORDINALS)} {a.acronym}-{b.acronym} Joint "
             f"{rng.choice(EVENTS)} on {field}, which was co-organized by {a.name} and {b.name} and "
             f"brought together more than {rng.randint(5, 40) * 10} clinicians and researchers.")
    visit = (f"Earlier in the week, {pv.honorific} {pv.name}, {pv.title} of {b.name}, led a delegation to "
             f"{a.name} and visited its {rng.choice(FIELDS)} department.")
    quote = rng.choice(QUOTES).format(who=f"{pa.honorific} {pa.name}")
    background = [s.format(field=rng.choice(FIELDS), field2=rng.choice(FIELDS))
                  for s in rng.sample(BACKGROUND, rng.randint(8, 13))]
    paragraphs = [opening, signing, " ".join(background[:2]), event, quote, " ".join(background[2:4]), visit,
                  " ".join(background[4:])]
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_corpus(folder: str | Path, articles: int, *, seed: int = 6) -> list[Path]:
    """Write `articles` press releases to `folder` as .txt files; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(articles):
        path = folder / f"release_{i:06d}.txt"
        path.write_text(make_article(rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    generate_corpus(args.folder, args.articles, seed=args.seed)
    print(f"wrote {args.articles} articles to {args.folder}")


if __name__ == "__main__":
    main()
