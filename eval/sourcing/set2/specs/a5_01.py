import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 0
annotate(E, "maj--2727285145", [
    ("Aniston’s forever Friend and former co-star", "co-star [[told]] Entertainment", "I feel like we’re exacerbating it by even talking about it", I),
    ("The Girl on the Train actor", "addressed", "the Brangelina breakup", I),
    ("[[Theroux]] stated", "Theroux [[stated]]", "As a child of divorce ~~ can really say", N),
    ("[[He]] also said", "He also [[said]]", "tabloids making Aniston ~~ instance of “nonsense", N),
    ("The Leftovers star", "star [[said]]", "There's an endless appetite ~~ have that appetite", N),
], chain=[], also_cites=["ET", "Business Insider"])

# 1
annotate(E, "maj--514010806", [
    ("a source close to Kylie", "Kylie [[tells]] HollywoodLife", "Kylie [Jenner] has been battling ~~ She wears it really well", A, "confirms"),
    ("our source", "adds", "Travis [Scott] has been with her ~~ they are going to be", A),
], chain=[], also_cites=[])

# 2
annotate(E, "ffn-valid-867", [
    ("a new report", "report [[claims]]", "that could be because ~~ a family together", O),
    ("Life & Style magazine", "according to", "she apparently feels ready to have a baby with her new man", O),
    ("a source for the magazine", "recently [[told]]", "Jamie and Katie have been talking at great length about having a child together", A),
    ("the source", "explained", "At 39, Katie can feel her biological clock ticking", A),
    ("“[[She]]’s been telling", "She’s been [[telling]] friends", "she doesn’t have time to waste", N),
    ("the insider", "the insider [[said]]", "He told her they would make beautiful children together, and she never disagreed", A),
    ("“[[He]] told her", "“He [[told]] her", "they would make beautiful children together", N),
    ("[[Katie]] has apparently", "“[[telling]] close friends", "Suri is grown up that she really misses having a baby around the house", N),
], chain=["Life & Style"], also_cites=[])

# 3
annotate(E, "maj--3926907338", [
    ("a new report", "[[according to]] a new report", "Newly single Scarlett Johansson ~~ on May 20", O),
    ("[[an insider]] told Page", "insider [[told]] Page Six", "Scarlett and Colin were making out at the bar at the SNL season finale party", A),
    ("another source", "confirmed", "Scarlett and Colin were flirting ~~ at the after-party", A),
    ("HollywoodLife.com", "EXCLUSIVELY [[reported]]", "Scarlett wasn’t looking ~~ the dating pool", O),
    ("[[an insider]] told us", "insider [[told]] us", "She is not going to wait until her divorce is complete", A),
], chain=["Page Six"], also_cites=[])

# 4
annotate(E, "fnn-gossipcop-8241683954", [
    ("[[a source]] tells", "tells", "Khloé looked great ~~ huge, new ring", A),
    ("[[Kardashian]] was quick", "clap back", None, S),
    ("[[Kardashian]] was quick", "writing", "as a new mom she’s ~~ energy these days", S),
    ("[[She]] also said", "She also [[said]]", "she’d “rather stay home” with her daughter", N),
    ("photo [[she]] shared", "she [[shared]] Tuesday", None, S),
    ("[[a source]] told PEOPLE that", "source [[told]] PEOPLE that", "they “seem to be ~~ since the scandal", A),
    ("[[the source]] shared", "source [[shared]]", "Khloé’s super family-focused ~~ their newborn daughter", A),
    ("[[the source]] shared", "adding", "Tristan’s been supportive ~~ so public last night", A),
    ("Sources", "have also told", "the couple will spend the summer ~~ starts up again", A),
    ("[[an insider]] told PEOPLE they", "insider [[told]] PEOPLE they", "they “respect her decision", A),
    ("[[the source]] said", "source [[said]]", "Everyone knows Khloé ~~ civil so far", A),
], chain=["People"], also_cites=["TMZ"])
save(__file__)
