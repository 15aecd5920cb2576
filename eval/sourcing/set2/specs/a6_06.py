import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-148fake", [
    ("The National ENQUIRER", "The National ENQUIRER [[has learned]]", "First Lady MICHELLE OBAMA used ~~ plastic surgery clinic", O),
    ("Jill Farrell of Judicial Watch", "fumed", "“[[It’s appalling!]]”", N),
    ("2011, [[a source]] told", "a source [[told]] The ENQUIRER", "Michelle was whisked to the hospital ~~ in the summer of 2011", A),
    ("[[the source]] added", "the source [[added]]", "When elective surgery is done ~~ satisfy her vanity!", A),
    ("[[The ENQUIRER]] has also learned", "The ENQUIRER [[has also learned]]", "Michelle, 51, has likely had ~~ military facilities", O),
    ("and [[each]] agreed", "each [[agreed]]", "the mother of two has undergone ~~ plus a nose job", A),
    ("Dr. Lyle Back", "theorized", "A little Botox helps ~~ the last campaign,", N),
    ("Dr. Otto Placik", "Placik [[said]]", "Michelle now has fewer crow’s feet ~~ Hollywood-ready smile", N),
    ("[[He]] added: “Her lips", "He [[added]]: “Her lips", "Her lips are fuller ~~ almost completely gone.", N),
    ("Respected plastic surgeon Dr. Steven Dayan", "Dayan [[added]]", "She has a decrease in the height ~~ smile lines.", N),
    ("incensed [[Jill]], who", "charged", "Michelle Obama is taking up ~~ crying shame!", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-183fake", [
    ("femalefirst.co.uk", "[[reports]] femalefirst", "The Allied actor is concerned ~~ calling him daddy", O),
    ("Kris Herzog", "Voight, [[says]]", "Pitt’s two supervised visits ~~ have not gone well", N),
    ("heard from [[Brad and Jon]]", "heard from", "even the kids are turning against him", N),
    ("[[He]]’s alleging", "He’s [[alleging]]", "they won’t even speak to him ~~ daddy or father", N),
    ("[[Herzog]] told Grazia", "Herzog [[told]] Grazia", "Brad is so angry. ~~ would talk to him,", I),
    ("now,” [[he]] added", "now,” he [[added]]", "He stormed out of the second ~~ going nuclear now,", N),
    ("[[Herzog]] has also claimed", "has also claimed", "Pitt has already moved on ~~ seeing someone else", N),
    ("[[She]] is a personal friend", "and [[has told]] me", "they are sleeping together", A, "confirms"),
    ("Angelina,” [[he]] said", "Angelina,” he [[said]]", "He’s started seeing another famous actor. ~~ almost as big as Angelina,", N),
], chain=["Female First"], also_cites=["Grazia"])

annotate(C, "celebrity-169fake", [
    ("[[sources]] tell Straight Shuter", "sources [[tell]] Straight Shuter", "Teresa couldn’t do a worse job ~~ really thinking about it,", A),
], chain=["Straight Shuter"], also_cites=[])

annotate(C, "celebrity-111legit", [
    ("[[Beyoncé]] also shared photos", "Beyoncé also [[shared]]", None, S),
    ("[[She]] also shared close-up", "She also [[shared]]", None, S),
    ("according to [[Vogue]]", "[[according to]] Vogue", "During\u00a0a surprise performance ~~ cheered them on", O),
    ("[[Williams]] told E!", "Williams [[told]] E!", "It’s great to have Beyoncé and Jay Z supporting,", I),
], chain=["Vogue"], also_cites=["E! News"])

annotate(C, "celebrity-157legit", [
    ("Kardashian, [[Lawrence]] revealed", "Lawrence [[revealed]] to the audience", "she had dinner with the reality star’s mom ~~ a few too many", I, "confirms"),
    ("[[Lawrence]] told the audience", "Lawrence [[told]] the audience", "I drank five martinis ~~ I’m dead serious,", I, "confirms"),
    ("\" [[Kardashian]] said.", "\" Kardashian [[said]].", "I've never seen my mom more drunk in our lives,", N, "confirms"),
    ("[[Kardashian]] said the “mother!”", "Kardashian [[said]] the “mother!”", "the “mother!” star asked ~~ to dress her", N),
    ("“[[You]] said, ‘I’m", "“You [[said]], ‘I’m", "I’m not joking, I really want Kanye to style me", N),
    ("and so [[I]] said", "and so I [[said]]", "‘[[OK.]]’", N),
    ("naked,” [[Kardashian]] said", "naked,” Kardashian [[said]]", "You said, ‘I’m not joking ~~ fully butt naked,", N, "confirms"),
    ("evening, [[Lawrence]] asked", "Lawrence [[asked]] the mother", "if she had talked to O.J. Simpson since he was freed from prison", N),
    ("[[Lawrence]] also asked", "Lawrence also [[asked]]", "if Kardashian thought it was a coincidence ~~ “looked like you.”", N),
    ("[[Lawrence]] has previously said", "has previously said", "she is a fan of “Keeping Up with the Kardashians”", N),
    ("[[People]] reported", "People [[reported]]", "Lawrence has previously said ~~ Javier Bardem", O),
], chain=[], also_cites=["People"])
save(__file__)
