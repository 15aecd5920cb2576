import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "fnn-gossipcop-8046287196", [
    ("[[she]] opened up", "opened up", "her amicable split from The Weeknd and reigniting her on-off relationship with Justin Bieber", I),
    ("the “Bad Liar” singer", "singer, 25, [[said]] of", "Something that I’m really proud of is that there’s such a true friendship [between us]", N),
    ("[[Gomez]] said, “I’m", "Gomez [[said]], “I’m", "I’m 25. ~~ ever goes away.", N),
    ("[[she]] added", "added", "That goes for “people in general", N),
    ("Us Weekly", "exclusively revealed", "the Disney alum and the “Love Yourself” crooner are back together three years after they broke up", O),
    ("a source", "a source [[told]]", "Selena and The Weeknd just fizzled ~~ always had feelings for Justin", A),
    ("A second insider", "countered", "The Weeknd (real name Abel Tesfaye) “trusted Selena, but he really didn’t trust Justin", A),
], chain=["Us Weekly"], also_cites=["Billboard"])

annotate(E, "fnn-gossipcop-9383450863", [
    ("according to [[Celebrity Insider]], West", "according to", "West is irate by the lack of respect that his former friends have for his wife", O),
    ("An insider", "An insider [[told]]", "Kanye goes “nuts” thinking ~~ superior to Kardashian", A),
    ("The source", "stated", "It drives Kanye insane ~~ being dissed, too.", A),
    ("The family friend", "The family friend [[said]]", "West, contrary to many people, is proud ~~ mother and businesswoman", A),
    ("The person", "elaborates", "As far as Kanye is concerned ~~ self-made multi-millionaire.", A),
    ("the insider", "the insider [[says]]", "The way Beyoncé has been toward Kim ~~ a real sticking point", A),
    ("Another insider", "Another insider [[told]]", "that is not about to happen anytime soon", A),
    ("the source", "the source [[said]]", "Beyonce has never gelled with Kim ~~ even before Kim got with Kanye", A),
], chain=["Celebrity Insider"], also_cites=[])

annotate(E, "fnn-gossipcop-1525600180", [
    ("The New York Times", "According to", "The earthquake happened on the 32nd ~~ code in the capital.", O),
    ("artists", "took to Twitter and Instagram to express", "grief and prayers toward those in Mexico City", S),
    (("Beyoncé", 1), ("A post shared by", 1), None, S),
    (("Beyoncé", 2), ("A post shared by", 2), None, S),
    (("Beyoncé", 3), ("A post shared by", 3), None, S),
    ("by [[Shawn Mendes]] (@shawnmendes)", ("A post shared by", 4), None, S),
], chain=[], also_cites=["The New York Times"])

annotate(E, "maj--2658883454", [
    ("D.C. and Hollywood", "Hollywood [[voiced]]", "their personal and political opinions", A),
    ("Many Republicans, including Senate Majority Leader Mitch McConnell and Ted Cruz", "applauded", "Trump’s selection", N),
    ("House Speaker Paul Ryan", "called", "phenomenal nominee", N),
    ("Other members of Trump’s party, like Marco Rubio, John McCain and Lindsey Graham", "also tweeted", "positive reviews of Gorsuch", S),
    ("conservative pundits like Sean Hannity and Ann Coulter", "weighed in", "in support of the nominee", N),
    ("many Democrats", "Democrats [[voiced]]", "their opposition", S),
    ("senators Bernie Sanders and Elizabeth Warren", "expressed", "outrage", S),
    ("celebrities, such as Billy Eichner and Chelsea Handler", "also took to Twitter", None, S),
    ("The Sierra Club", "claiming", "he “would put both our environment and basic rights in danger", R),
], chain=[], also_cites=[])

annotate(E, "maj--7981598591", [
    ("The mother-of-three", "just posted", None, S),
    ("[[Kourtney]] has been sharing", "has been sharing", None, S),
    ("[[Kourtney]] did however", "did however post", None, S),
], chain=[], also_cites=[])

save(__file__)
