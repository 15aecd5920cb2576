import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 25
annotate(C, "celebrity-189fake", [
    ("According to [[NW]]", "According to", "Elsa is not happy about ~~ in a recent interview", O),
    ("The Thor star", "had nothing but good things to say", "about [[the actress]] while", I),
    ("[[Chris]] raved", "raved", "She’s smart as hell", N),
    ("An insider", "insider [[told]] NW", "If Chris is smart, he’ll stop talking Charlize up in public", A),
    ("the source", "the source [[added]]", "Elsa knows that he’ll never cheat ~~ more than a little disrespectful", A),
    ("when [[he]] said", "he [[said]]:", "She’s incredible…She’s one of my favourites", N),
    ("KIISFM host Kyle Sandilands", "pointing out", "they haven’t worked together ~~ that wife has a problem…", N),
], chain=["NW"], also_cites=["W Magazine"])

# 26
annotate(C, "celebrity-067fake", [
    ("The media mogul", "denies", "shelling out big bucks on an apartment for the actress", N, "denies"),
    ("insiders", "insiders [[say]]", "the posh pad is for real - and LiLo is taking advantage of it", A),
    ("[[a source]] tells Star", "source [[tells]] Star", "Lindsay was 100 percent doing lines ~~ the apartment Oprah got her", A),
    ("that [[Star]]\u00a0has uncovered", "has uncovered", None, O),
    ("an eyewitness", "reveals", "the 27-year-old did some partying ~~ in Miami Beach", A),
    ("the insider", "insider [[says]]", "Lindsay was doing lines of cocaine in a bedroom with friends", A),
    ("a friend", "friend [[tells]] Star", "Lindsay just brags about her status with Oprah", A),
    ("that [[Lindsay]] just brags", "brags about", "about [[her status with Oprah]].", N),
    ("Thanksgiving [[she]] told me", "she [[told]] me", "I own Oprah's Next Chapter. ~~ Oprah is so 2009!", N),
], chain=[], also_cites=[])

# 27
annotate(C, "celebrity-034fake", [
    ("sources", "sources [[said]]", "Glenn and Meryl [Streep]'s names ~~ to go with Close", A),
], chain=[], also_cites=[])

# 28
annotate(C, "celebrity-095legit", [
    ("[[Lindsay]], 30, made", "made the admission", None, S, "confirms"),
    ("[[Lindsay]], 30, made", "[[revealing]] she wants", "she wants to meet divisive US President Trump as well as Russian leader Putin", S, "confirms"),
    ("[[Lindsay]] revealed she would", "Lindsay [[revealed]] she would", "she would also hope to invite Rachel ~~ Brad and Angelina", N, "confirms"),
    ("[[She]] said of Trump", "She [[said]] of Trump", "I want to try to get the word out ~~ what it's like for these people", N, "confirms"),
    ("refugees, [[she]] added", "she [[added]]: \"Angelina", "Angelina Jolie... Donald Trump... ~~ the more the merrier in this situation...", N, "confirms"),
    ("[[The actress]] later wrote", "actress later [[wrote]]", "What a dream it is for Mr. ~~ is truly inspiring", S),
], chain=[], also_cites=["Daily Mail"])

# 29
annotate(C, "celebrity-131legit", [
    ("the Irish website Her", "Her [[posted]]", None, O),
    ("[[The site]] titled", "titled", "What Nicki Minaj wore to Serena Williams’ wedding is not really OK", O),
    ("[[The site]] titled", "and [[says]] the singer", "the singer showed up to the ceremony ~~ and a crop top", O),
    ("The misinformed outlet", "insists", "Minaj’s outfit was “kinda too much", O),
    ("The misinformed outlet", "maintaining", "she “very much overstepped a wedding etiquette line", O),
], chain=[], also_cites=["Her", "HollywoodLife", "RadarOnline"])
save(__file__)
