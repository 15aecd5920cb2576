import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-646", [
    ("studies", "studies [[suggest]]", "people who use tanning beds triple their risk of melanoma", I),
], chain=[], also_cites=[])

annotate(E, "maj--912699", [
    ("One Twitter user", "thought", "the article was promoting ~~ without dying.\"", S),
    ("one critic", "[[according to]] one critic", "\"[[how to be as thin as possible without dying]],\" according", A),
    ("on [[its]] Twitter", "with the caption", "Why diets don't work, ~~ leanest livable weight.", S),
    ("According to [[the article]]", "[[According to]] the article", "a person's \"‘leanest ~~ keeps you in.", I),
], chain=[], also_cites=[])

annotate(E, "maj--930791", [
    ("Fox’s Deadpool star Ryan Reynolds", "sent congratulations", None, S),
    ("EW", "explains", "that Infinity Wars post-credits scene", O),
    ("Anthony Breznican", "gives some background about", "the surprise keeper of the Soul Stone", N),
], chain=[], also_cites=["Entertainment Weekly"])

annotate(E, "maj--914906", [
    ("after [[he]] confirmed", "he [[confirmed]] they", "confirmed [[they were engaged]]", N),
    ("one of his fans", "to [[ask]]:", "@Russelltovey are you still with @Steve_The_Brockman?", S),
    ("the Quantico actor", "replied", "No darling.", S, "confirms"),
    ("[[Russell]] confirmed their", "Russell [[confirmed]] their", None, N),
    ("[[Russell]] confirmed their", "revealing", "it was a total surprise", N),
    ("the Essex-born star", "star [[told]]", "Completely unexpected ~~ back in London", I),
    ("his decision, [[he]] said", "he [[said]]:", "It wasn’t a conscious decision. ~~ made my career.", I),
    ("ABC", "announced", "Quantico was being cancelled after three seasons", R),
], chain=[], also_cites=["Daily Mail", "The Guardian"])

annotate(E, "ffn-test-87", [
    ("a rep for Mateo", "[[according to]] a rep", "Already approaching 1 million ~~ for the single", R),
], chain=[], also_cites=[])

save(__file__)
