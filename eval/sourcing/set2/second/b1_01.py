import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--2727285145", [
    ("Aniston’s forever Friend and former co-star", "co-star [[told]] Entertainment",
     "I feel like we’re exacerbating it by even talking about it", I),
    ("The Girl on the Train actor", "addressed", "the Brangelina breakup", I),
    ("[[Theroux]] stated", "Theroux [[stated]]", "As a child of divorce ~~ you can really say", N),
    ("He", "also said", "tabloids making Aniston ~~ “nonsense.”", N),
    ("The Leftovers star", "star [[said]]", "There's an endless appetite ~~ have that appetite", N),
], chain=[], also_cites=["ET", "Business Insider"])

annotate(E, "maj--5349004367", [
    ("a source close to the “Wolves” singer", "singer [[tells]]",
     "Selena is not treating love ~~ fall into place.", A, "confirms"),
    ("a website", "broke", None, O),
    ("[[she]] confirmed the news", "she [[confirmed]] the news", None, S),
    ("our insider", "adds", "She is not looking but her heart is open if love comes knocking", A),
], chain=[], also_cites=[])

annotate(E, "maj--6850065197", [
    ("[[Lamar]] is whimpering", "Lamar [[is whimpering]]",
     "his regrets about how he treated the \"Keeping Up with the Kardashians\" star", N),
    ("a source", "[[according to]] a source",
     "Lamar is whimpering ~~ Kardashians\" star", A),
    ("[[the source]] tells Radar", "source [[tells]] Radar", "He hates how Khloe's ~~ destined to be together again", A),
    ("[[The source]] adds", "source [[adds]]", "He's clinging to this hope ~~ for closure.", A),
    ("[[he]]'s even talking", "he[['s even talking]] about", "having a face-to-face with her for closure", N),
    ("[[Khloe]] recently gushed", "recently [[gushed]]", "her relationship with Tristan", N),
    ("[[she]] told Daily", "she [[told]] Daily", "I'm in the best relationship ~~ feel that way", I),
], chain=["RadarOnline"], also_cites=["Daily Mail"])

annotate(E, "fnn-gossipcop-9383450863", [
    ("according to [[Celebrity Insider]]", "[[according to]] Celebrity Insider", "West is irate ~~ for his wife", O),
    ("An insider", "insider [[told]] the publication", "Kanye goes “nuts” ~~ superior to Kardashian", A),
    ("[[The source]] stated", "source [[stated]]", "It drives Kanye insane ~~ being dissed, too.", A),
    ("[[The family friend]] said", "friend [[said]]", "West, contrary to ~~ mother and businesswoman", A),
    ("[[The person]] elaborates", "elaborates", "As far as Kanye ~~ self-made multi-millionaire.", A),
    ("[[the insider]] says", "insider [[says]]", "The way Beyoncé has been toward Kim ~~ a real sticking point", A),
    ("Another insider", "insider [[told]] Celebrity", "that is not about to happen anytime soon", A),
    ("[[the source]] said", "source [[said]]", "Beyonce has never gelled ~~ got with Kanye", A),
], chain=["Celebrity Insider"], also_cites=[])

annotate(E, "maj--8387525297", [
    ("Shepherd's pal", "[[According to]] Shepherd", "Stephanie was tired ~~ days on end.", A, "confirms"),
    ("[[the insider]] claimed", "claimed", "The breaking point came ~~ millionaire boss", A),
    ("[[Kim]] told her no", "Kim [[told]] her no", "told her [[no]]", N),
], chain=[], also_cites=[])

save(__file__)
