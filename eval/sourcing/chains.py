"""Chain labels under the relay guideline (README "### Chain"), applied to annotations.jsonl.

Each entry is ``id: (chain, also_cites, note)``; the note says which phrase decided it.
Running this file sets ``chain`` and ``also_cites`` on every row and keeps the label the
row had before as ``chain_v1`` (only when the row has none yet, so it is idempotent and
can follow a re-run of ``specs/*.py``, which write the v1 chain).

    python3 eval/sourcing/chains.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "annotations.jsonl"

LABELS: dict[str, tuple[list[str], list[str], str]] = {
    "ffn-valid-655": ([], [], "survey boilerplate"),
    "maj--3152438060": (["Heat"], [], "an insider told Heat"),
    "maj--6749991746": (["RadarOnline"], [], "an insider exclusively told RadarOnline.com"),
    "maj--690037397": (["RadarOnline"], [], "RadarOnline.com can reveal; a source told Radar"),
    "maj--9067502868": (["Life & Style"], [], "Friends ... tell this week's Life & Style"),
    "ffn-valid-307": ([], ["Cosmopolitan"], "Komyshan provided more details to Cosmopolitan"),
    "maj--1066426271": (["Life & Style"], [], "according to Life and Style Magazine"),
    "maj--8559857759": ([], [], "own outlet: 'our insider', 'HollywoodLifers'"),
    "maj--8886918041": (["E! News"], [], "A source confirms to E! News"),
    "maj--774156320": (["New Idea"], [], "a source tells New Idea"),
    "maj--4963306668": ([], [], "a source close to Kaling, no outlet"),
    "maj--9843277966": (["OK!"], [], "In an OK! exclusive, sources reveal"),
    "maj--795432890": (["Star"], [], "a source told Star magazine"),
    "maj--7718099321": (["E! News"], [], "E! News confirms; a source tells E! News"),
    "maj--939547": (["E! News"], [], "according to E! News, the two were spotted"),
    "maj--9746788878": (["E! News"], [], "A source at the restaurant tells E! News"),
    "maj--954894": (["E! News"], [], "An insider told E!"),
    "maj--936033": (["TMZ"], [], "TMZ is reporting (the boyfriend told TMZ: same outlet)"),
    "maj--9772762855": ([], ["TMZ"], "Thomas Markle: he told TMZ (named person)"),
    "maj--927196": (["TMZ"], ["CBS News"],
                    "TMZ first reported / according to TMZ; CBS News a parallel detail"),
    "maj--5459036038": (["Variety"], ["Us Weekly"],
                        "(via Variety), Variety said; she told Us Weekly (named person)"),
    "ffn-test-1002": ([], ["Marie Claire", "E! News"], "in 2013 she told Marie Claire / E! News"),
    "ffn-valid-375": (["TMZ"], ["The Blast"],
                      "TMZ reports; Pastore's email quoted by The Blast (named person)"),
    "ffn-valid-938": (["TMZ"], [], "according to TMZ; 'Reports say' has no outlet"),
    "maj--903088": ([], ["Variety"], "Variety reported ... on Sept. 27 (earlier event)"),
    "ffn-valid-730": (["E! News"], ["Billboard"],
                      "as E! News reports; her recent Billboard interview"),
    "maj--928968": (["Variety"], [], "Variety reports that ABC has renewed"),
    "ffn-test-1048": ([], ["TMZ"],
                      "the lawyer told TMZ (representative); own outlet Gossip Cop"),
    "maj--954941": ([], ["E! News"], "Sprouse revealed to E! (named person)"),
    "maj--926697": ([], [], "featurette, no outlet"),
    "maj--903840": ([], [], "Snapchat, Australian Open tweet"),
    "maj--925528": ([], [], "Twitter user"),
    "maj--201837745": ([], [], "'a publication', unnamed"),
    "ffn-valid-559": ([], [], "Snapchat"),
    "maj--4953360352": ([], [], "no outlet"),
    "ffn-valid-922": ([], [], "Instagram"),
    "maj--5358942275": ([], [], "'sources', no outlet"),
    "maj--9839314781": ([], [], "judiciary spokesman"),
    "maj--945955": ([], [], "AP dateline (own outlet); sheriff's statement"),
    "maj--7591287911": ([], ["E! News"], "she explained to E! News (named person)"),
    "maj--928957": ([], [], "rep statement, Calgary Expo tweet"),
    "maj--907356": ([], [], "CNN dateline (own outlet); victim impact statement"),
    "maj--917388": ([], [], "own outlet RadarOnline: gallery, tips@radaronline.com"),
    "ffn-valid-538": ([], [], "court documents; AP contributed (byline)"),
    "maj--7607762945": ([], ["BBC World News"], "sit-down interview with BBC World News"),
    "ffn-valid-638": ([], ["E! News"], "exclusive interview with E! News' Erin Lim"),
    "maj--936196": ([], ["Elle"], "in a 2012 interview with Elle"),
    "maj--6293939130": (["TheWrap"], ["In Touch"],
                        "court papers obtained by TheWrap; In Touch's two past articles"),
    "maj--931280": ([], [], "Charlamagne interview (radio show, not an outlet)"),
    "maj--914168": ([], [], "blog boilerplate"),
    "ffn-test-836": ([], ["Star"], "own outlet Gossip Cop checks Star's claim"),
    "maj--949525": ([], [], "The Talk (talk show)"),
    "maj--910939": ([], [], "UPI dateline (own outlet); trailer"),
    "maj--7704965981": ([], [], "no outlet"),
    "maj--5663483713": ([], [], "no outlet"),
    "maj--2419353601": ([], [], "'we did some digging' (own outlet)"),
    "ffn-test-368": ([], [], "no outlet"),
    "maj--917883": ([], [], "no outlet"),
    "maj--917877": (["E! News"], [], "E! Information has discovered"),
    "arg-train-3570": (["E! News"], [], "A source tells E! News"),
    "arg-train-3202": ([], [],
                       "own outlet TMZ: 'sources tell TMZ', 'we had no idea', 'We're told'"),
    "arg-train-2075": (["National Enquirer"], [], "The ENQUIRER even caught Matt and Luciana"),
    "arg-train-3141": (["RadarOnline"], [], "sources reveal exclusively to RadarOnline. com"),
    "arg-train-871": (["E! News"], [], "E! News reports"),
    "arg-train-3767": ([], [], "tweets"),
    "arg-train-1537": ([], [], "no outlet"),
    "arg-val-623": (["RadarOnline"], [], "RadarOnline. com has learned"),
    "arg-val-743": ([], ["TMZ"], "Thomas Markle told the celebrity news site TMZ (named person)"),
    "arg-val-813": (["RadarOnline"], [], "RadarOnline. com has exclusively learned; told Radar"),
    "arg-val-549": ([], [], "USA TODAY video credit (own network)"),
    "maj--4937511661": ([], [], "own outlet TMZ: 'TMZ has confirmed', 'Sources ... tell us'"),
    "maj--7762159427": (["TMZ"], [], "TMZ reportedly spoke to a source"),
    "maj--3177810302": ([], [], "E! is the network in the story, not a source"),
    "maj--8996311550": ([], [], "charity statement"),
    "maj--916319": ([], [], "Instagram, joint statement"),
    "maj--955353": ([], ["People"],
                    "the rep told People (denial); GMA and a podcast are not outlets"),
    "maj--908032": ([], ["ET"], "Saoirse Ronan opened up to ET (named person); Tonight Show"),
}


def main() -> None:
    rows = [json.loads(line) for line in OUT.read_text().splitlines() if line.strip()]
    missing = {row["id"] for row in rows} - set(LABELS)
    if missing:
        raise SystemExit(f"no chain label for {sorted(missing)}")
    out = []
    for row in rows:
        chain, also, _note = LABELS[row["id"]]
        v1 = row.get("chain_v1", row["chain"])
        out.append({"id": row["id"], "file": row["file"], "attributions": row["attributions"],
                    "chain": chain, "also_cites": also, "chain_v1": v1})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    changed = sum(r["chain"] != r["chain_v1"] for r in out)
    print(f"{len(out)} rows, {changed} chains changed vs v1,"
          f" {sum(bool(r['also_cites']) for r in out)} with also_cites")


if __name__ == "__main__":
    main()
