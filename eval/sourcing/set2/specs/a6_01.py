import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--4294141783", [
    ("A source close to the Kardashian-Jenner brood", "brood [[tells]] ET", "Caitlyn Jenner \"wasn't happy at first ~~ young mother.\"", A, "confirms"),
    ("[[The source]] adds", "source [[adds]]", "Caitlyn is also \"hesitant\" ~~ Travis Scott", A),
    ("[[the source]] says", "source [[says]]", "she \"wasn’t happy about how Caitlyn responded.\"", A, "confirms"),
    ("mom, [[Kylie]] has said", "Kylie [[has said]] in the past", "this is what she has always wanted", N),
    ("Kardashians, [[Kylie]] asks", "Kylie [[asks]] Caitlyn", "What do you feel like is a good age to have kids?", I),
    ("question, [[Kylie]] says", "Kylie [[says]] 25", "Kylie says [[25]]", N),
    ("while [[Caitlyn]] says", "Caitlyn [[says]] 30", "Caitlyn says [[30]]", N),
    ("the youngest Jenner sister", "touts", "I feel like 30 is too late,", N),
    ("17, [[she]] also shared", "she also [[shared]]", "shared that [[she wanted to be a young mom]]", I),
    ("17, [[she]] also shared", "noting", "she hoped to have children before she was 27", I),
    ("[[Kylie]] told the magazine", "Kylie [[told]] the magazine", "When I look to the far future ~~ million girls,", I),
], chain=["ET"], also_cites=["Teen Vogue"])

annotate(E, "fnn-gossipcop-4976926061", [
    ("[[a source]] tells", "a source [[tells]] HollywoodLife", "There are plenty of gorgeous girls ~~ serious with anyone,", A),
    ("[[The insider]] added that Justin", "The insider [[added]] that Justin", "Justin is just wanting ~~ another chance a romance", A),
    ("[[the source]] added", "the source [[added]]", "Apparently he’s vowed to stay single for the summer,", A),
    ("[[a source]] previously", "previously shared", "Selena knows that ending ~~ cut off contact,", A),
    ("[[The insider]] added that Sel", "The insider [[added]] that Sel", "Sel is so self-assured ~~ one day", A),
    ("[[they]] said", "they [[said]]", "Selena hasn’t reached out to Abel [Tesfaye] at all,", A),
], chain=[], also_cites=[])

annotate(E, "maj--5630814357", [
    ("Luke’s wife, Caroline", "posted", None, S),
    ("[[she]] wrote", "she [[wrote]]", "Blake Bryan. ~~ #crashmyplaya,", S),
    ("an insider", "exclusively told", "The cold-blooded way ~~ scar her forever,", A),
], chain=["Life & Style"], also_cites=[])

annotate(E, "fnn-gossipcop-4894634035", [
    ("a ‘source’", "[[According to]] a ‘source’", "Jolie had been invited ~~ children weren’t invited", A),
    ("The source", "allegedly told", "She was insulted ~~ skip it altogether", A),
    ("According to [[People]]", "[[According to]] People", "the director was seen landing ~~ for work, not play", O),
], chain=["Star"], also_cites=["People"])

annotate(E, "maj--485281376", [
    ("The multiplatinum hip-hop hero", "hero [[told]] the New York", "he thought his wife might divorce him ~~ appearance on TMZ", I, "confirms"),
    ("comments [[he]] made", "[[saying]] that slavery", "slavery was a choice", I),
    ("and [[I]] called", "was asking", "Was Kim thinking about leaving me after TMZ?", N),
    ("” [[West]] said", "West [[said]] in an interview", "There was a moment where ~~ leaving me after TMZ?’", I, "confirms"),
    ("[[West]] raps", "West [[raps]]", "he thinks about killing himself", I),
    ("[[He]] opens up", "He [[opens up]]", "opens up on [[the topic]]", I),
    ("[[he]] says in the interview", "he [[says]] in the interview", "Oh yeah, I’ve thought ~~ [expletive],", I),
    ("Louis C.K.", "C.K. [[said]]", "I flip through the manual. ~~ all the options.", N),
], chain=[], also_cites=["New York Times"])
save(__file__)
