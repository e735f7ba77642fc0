transcript = {
    "name": "WW2 Veteran Werner Kleeman",
    "source": "https://qcpages.qc.cuny.edu/history/wwiiveterans/transcripts/Werner%20Kleeman/wkleeman01.html",
    "transcript": """Interviewer : Tuesday March thirtieth, excuse me, March 31st at 2:55 P.M.  
Interviewer: Bob Wintermute. Subject: Werner Kleeman.  Location of 
interview is Mister Kleeman’s house, Mister Kleeman would introduce 
yourself for the purposes of the Interview?

Kleeman: I’m Werner Kleeman, I’ve been living in this house for fifty-five 
years, came here when I got married around 1949...50, and stayed here, 
I never, I never, I liked to have moved but I haven’t had the energy 
because I was too busy making money, running a decorating business, and I 
never had time to look for another home, so I stayed here in the neighbor 
improved in the last twenty years when we had a lot of Oriental people 
moving into the neighborhood and this is called now the oriental city, 
it’s a city bigger then downtown Chinatown [laughs].

Interviewer: He refers of course to Flushing; Flushing, Queens.

Kleeman: Flushing, Queens.  I have Koreans on one side as a neighbor and Chinese 
on another side as a neighbor and their the finest people to have as neighbors 
and I also have Italians and Irish and Greeks we have Greek-Turks two blocks 
away, and the Greeks and Greeks love to live within walking distance so they’re, 
they’re buying every house that the Chinese don’t buy [laughs].

Interviewer: Mister Kleeman approached me, I want say a month ago, with 
reference to his life experiences as a German Jew, survived imprisonment 
in 1938, emigrated to the United States, via Great Britain 1939 to 1940, 
was inducted or rather conscripted into the United States Army, served 
throughout the war with the Fourth Infantry Division and returned home 
and the context of today’s interview is to, have Mister Kleeman discuss 
his life in Germany as a child and the, the framework for what will 
follow.  

When were you born?

Kleeman: 1919, September 26th 1919.

Interviewer: In where?

Kleeman: In a small village called Gaukoenigshoven, in Bavaria, halfway 
between Frankfurt and Nuremburg.  The population was all Catholic, and 
once Hitler came in to power they were forced, some of them were forced 
to join and take over and start the Pograms and everything that Hitler 
and his henchmen suggested and demanded.

Interviewer: We’ll talk more about that-

Kleeman: Yes, Yes.

Interviewer: -briefly.  Can you describe to me what the area around your home 
was like?  What was the main industry, what were the people engaged in, in 
terms of work, and leisure time?

Kleeman: The main industry where I come from was farming.  The soil was 
considered one of the richest in Bavaria and it produced wheat, barley that 
was sold to the breweries or to the flour mills and was very lucrative, it 
was the main income for the farmers, they also raised a lot of cattle each 
one had at least twenty to thirty pieces of cattle in a barn.  That they were 
raised from babies up and then sold on the market, of course they had milk 
everyday, that the milk went to the milk farms and so it was rich farmland 
and the farmers were well off. 

Interviewer: We knew, today, as people looking at German farming communities 
there’s a sense of a communal farming where farmers work together and share 
together in crops and in livestock was that true then as well?

Kleeman: No.  At that time, everything was privately owned, each farmer had 
two strong horses to go out and work the fields and bring home the harvest, 
in the last, I just had an education a few days ago, in the last ten years, 
farming has changed completely. They do not raise cows and cattle anymore on 
their farms, there’s one farmer in a village who has cows, to supply all the 
people with the milk, the others had all gave up their cattle, and their 
pigs and even raising the harvest they used [?] they grow soy beans they 
grow other stuff that’s more demanding and they have a sugar glen nearby so 
they, they grow beets, sugar beets to supply them, their life has changed.

Interviewer: When did your family arrive at your town.  How far back does 
your family go back in your village?

Kleeman: My family is fairly young in the village, my father came there 
as a young boy, ten year old he was an orphan and an uncle who lived in 
the village took him in and raised him, the Jews in the village go back 
maybe five hundred years, we have a young fellow who studied at the 
University of Wurzberg he was a grandson of the Nazi burghermeister and 
he wrote a book about this and he did a beautiful job.  Took him two 
years but instead of getting his Master's degree they gave him his 
doctor's degree on account of that book.

Interviewer: That’s wonderful.

Kleeman: Yeah

Interviewer: So he, he says there has been Jewish life in your village for five 
hundred-

Kleeman: He researched, he went back six, seven hundred years to find out 
everything.  He went to the courts, he went to the real estate registration, he 
went, he did a magnificent job, I have to show you this book, it’s in German of 
course.

Interviewer: On the basis of that book, but more importantly, on your family’s 
recollection, how were relations between the small Jewish community and the 
larger Catholic community in your village and the area?

Kleeman: The relations were good, about up to nineteen thirty-six, then they 
issued order that the Jew couldn’t order Christians help anymore, they 
couldn’t, businesses were taken away from them, the lawyer and doctors could 
only deal with Jewish people, and my father the business was taken away from 
him in nineteen thirty-six you got a registered letter, ‘Out! Surrender your 
license.’  That was it.  No, no, court, nothing, you couldn’t complain, 
nothing, you were just there like a dead animal, you had to obey the laws 
otherwise they would have put you into a concentration camp.

Interviewer: How many of the Jewish families were there in your village?

Kleeman: In the village were about twenty-five Jewish families.

Interviewer: That’s a good number.

Kleeman: Yeah.

Interviewer: Did other villages in Bavaria, or in your area of Bavaria 
have a similar population?

Kleeman: Yes.  There were eight or ten villages within about twenty-five miles, 
they all had a Jewish population.  They had a synagogue, they were all on the 
Orthodox side.  The Jews in the country stayed very religious.

Interviewer: But with a German identity?

Kleeman: Yes.  The Jews in the cities, some of them became more liberal.

Interviewer: Right.

Kleeman: They kept their businesses open on Saturdays and they were eating 
non-Kosher food, it was different, you have that in America also, the 
Reformed Jews is different from the Orthodox Jews.

Interviewer: Absolutely.  We come across accounts of German Jews looking 
at Eastern European Jews as being more rural or more country like then 
even they were.  Did you or your family share those opinions?

Kleeman: Yeah.

Interviewer: They were not as cosmopolitan?

Kleeman: Yeah.

Interviewer: Did you feel that, at all?

Kleeman: No we didn’t have that, we were in a small village, and there was only 
the Orthodox element.

Interviewer: But what about when you interacted with, Jewish Germans from the 
city?

Kleeman: Well you, you got along with them, because they were your relatives 
[laughs]

Interviewer: So you had-

Kleeman: You couldn’t tell them how to live.

Interviewer: So the old story of the town mouse and the country mouse...

Kleeman: Yeah, but there was no friction, here in America I think the friction 
in the big cities because you had the ortho- the Eastern European element, who 
did not dare go into Temple Emmanuel-

Interviewer: Right.

Kleeman:  -and so, in the, and these German Jews, they went to Germany to hire 
a rabbi for the synagogue.  He had to be able speak, deliver a sermon in German, 
or in English.  So its famous synagogues always went to Germany to pick out a 
famous rabbi.

Interviewer: That’s an assimilation issue.  Going back to question about your 
family in the village, what exactly did your father do?

Kleeman: My father bought grain from the farmers when the season was up, the 
season started middle of July, when they had the machine come in the barn to do, 
grind the grain and to get the grain out from the stalk.  You know, we’d grow 
that high, and they’d buy, bought it, they brought it home and the first day, 
that each farmer get the machine, for half a day or a day to rethresh the first 
load of the harvest.  Though they needed more room for the second load, so they 
had the machine to thresh it twice, first time in July-August and then the last 
time September-October, when all of the farms had been brought in.

Interviewer: Was you father employed by the breweries or was-

Kleeman: No, my father was an independent merchant, he bought it with his own 
money, he had a warehouse that he had modernized with electric equipment to un, 
to, to put it up, and store it.  Because when they, when they had a harvest they 
didn’t sell it right away, they didn’t need money so they had stored it until the 
times they thought the price was higher.  So it could be laying in my father's 
warehouse for five, six months before they were payments say, we’ll sell hundred, 
five tons or something. 

Interviewer: Was he a University man?

Kleeman: No.

Interviewer: No?  Self-taught?

Kleeman: Self, Self, he was, very low, poor education, public schools and so 
on.

Interviewer: Did quite well for himself the way it sounds.

Kleeman: Yes, they learned to read and write, and they learned something, but it
 was not the highest education, it was, one man, one room schoolhouse.

Interviewer: How many employees did your father have?

Kleeman: He had most of the time, only one employee he hired, a man to take the, 
the, the, the corn or the wheat, from the warehouse either to the railroad 
station you had to load up a whole car with the, another, it was twenty-five 
tons, a minimum load, and then it was shipped away.

Interviewer: Right.

Kleeman: Either, either if it was wheat, it might have gone to a mill in 
Mannheim, Ludwigshaven where they had the big mills on the Rhine River, if it 
was barley it probably went down as far as either Munich or Dortmund because 
those were the big breweries.

Interviewer: Okay.

Kleeman: And you could pay, once it more or less was rolling.

Interviewer: Right.

Kleeman: Because there was an intermediate man who bought it and shipped it and 
there was another way of shipping it by boat, there was a river, about four 
miles away from us, where the barges came up, all the way up to Bavaria, and 
they started loading it in Bamburg and down the river and every important stop, 
more was added, till the boat was fully loaded.

Interviewer: Right.

Kleeman: Then it went down the main river, and from there into the Rhine River, 
all this by water power.  It, only coming up it had to be towed by a trawler, 
going down it went on its horsepower, and at night they had to go to the side of 
the river and anchor, because you couldn’t see the middle of the river where it 
was deep enough for the boat.

Interviewer: It’s interesting.

Kleeman: Yeah, that was the cheapest way of trade, of getting it to the place 
where it was needed and all those mills were along the river and they had the 
equipment to pump it from the boats out into their warehouse.

Interviewer: That’s fascinating.

Kleeman: Yeah.  Yeah.  They were modernized though already, in 1920, in 1930.

Interviewer: Your father, how, before the 30s, before the Depression, was 
you father considered a family, or a village leader, was he a respected 
man in the village?

Kleeman: Yeah, he was a respected man, he was part of the city, of the of the 
village council, was respected.

Interviewer: Right.

Kleeman: Yes, as reputable citizen.  Tax-paying citizen, and uh…

Interviewer: And a veteran as well.

Kleeman: Yeah.

Interviewer: What about your mother, when did he meet your mother?

Kleeman: My mother from another village, about twenty miles away also from a 
nice family, and she was busy keeping the house, five children, and raising 
them, and in those days keep a house was not like in America, you didn’t have 
a dishwasher, you didn’t have a washing machine.

Interviewer: It wasn’t like that in America in those days either [laughter].

Kleeman: It was hand labor [laughter].

Interviewer: And a big house too.

Kleeman: Yeah.  It was work, seven days a week.  And the days started early.  
They had to build a fire in the stove in the kitchen to warm, make coffee.  
You didn’t just turn the handle [laughs].  As a matter of fact, when I grew 
up, there was no running water in our house.

Interviewer: Really?

Kleeman: No, we had to pump it, for, before the house, we had to pump water.  
And then in 1928 the water was finally put into, to come into the house.

Interviewer: Your family life what was it like, what do you recollect of 
being a young child?

Kleeman: My family-

Interviewer: Life.  As a young child.

Kleeman: As a young child?  Well they grew up, the kids when they grew up 
they had to hide in the house, they had to work, they, they, it was 
different life, they were sewing, they were making their own clothes, they 
were knitting their socks, they, they were kept busy seven, seven days a 
week, and fifty-two weeks a year.

Interviewer: Did you have to help your father’s business as a child?

Kleeman: As I grew up yeah, after about eleven, twelve years old, I had to help, 
yes.

Interviewer: Right.

Kleeman: Yes.

Interviewer: What about before then?  We hear about-

Kleeman: Before then I went to school.

Interviewer: -Children in Germany in summers.

Kleeman: Well, we were sent away to school at age ten.

Interviewer: Okay.

Kleeman: To get a better education.  So I was away in high school for three 
years. 

Interviewer: And where did you go to high school?

Kleeman: In, near the city.  Where I learned English already and so I knew, you 
had to, like the, like the, well here they don’t have a difference everybody 
can make a high school if they have the brain for it.  Over there it was elect 
students who went to high school, and since there was no way of going, commuting, 
we were boarding in that city.

Interviewer: We hear stories, historian do, about the German Wandervogel movement.

Kleeman: About which?

Interviewer: The Wandervogel.  The Wander Youth movement.

Kleeman: Wandervogel!

Interviewer: Yeah.

Kleeman: Oh well, that, that was invitation time, not during the school season.

Interviewer: Did you partake in that?

Kleeman: No.  No, we were away in school nine or ten months a year so the one 
month we had we stayed home.

Interviewer: Okay.  Were you involved in scouting anything else?

Kleeman: Nope, no.

Interviewer: No?

Kleeman: Nothing like that.

Interviewer: As a young child, did you go into the woods at all?  Or, did you-

Kleeman: Well we went in the woods a little bit, but that was just taking a walk
 or something.

Interviewer: Right.

Kleeman: But not going in and shoot animals or anything like that.

Interviewer: Well tell me about your father, and the war.

Kleeman: Yeah my father, my father served four years in the German Army 
and he was wounded, came home, and started, took up his business again.

Interviewer: Was this before or after he met your mother?  Before or 
after he met your mother?

Kleeman: That was 1914 till 1918.

Interviewer: Right.  So he already knew your mother?  He had already been 
married?

Kleeman: Yeah.

Interviewer: Okay.  You're not the first child?

Kleeman: I was born 1919, after the war.

Interviewer: Right.  They say, historians record how the period after the 
war was very tough in Germany.

Kleeman: That was the inflation.

Interviewer: Right. 

Kleeman: By 1923 they had to carry money in the, in the laundry basket to 
pay a bill.

Interviewer: Right.

Kleeman: They, that time my father and somebody else had the synagogue 
repainted and they brought the money in in a laundry basket to pay the 
painter.

Interviewer: Wow.

Kleeman: Afterwards Germany collapsed. That’s what’s happening here 
[laughs].

Interviewer: Lets hope it doesn’t go as serious. 

Kleeman: It’s very similar.  Didn’t hear today, now, goes on in Washington, I 
think they’re going to have a civil war.  Blaming the unions now, the unions 
are guilty of a lot of things.

Interviewer: Oh we’ll have to hear a lot about that.

Kleeman: Huh?

Interviewer: That does sound familiar.

Kleeman: I said that’s another, that’s another war.

Interviewer: Yeah.  So growing up, you grew up in Bavaria, as a young man you 
have a good life in Bavaria.

Kleeman: Yeah.  And that’s what happened, and then by 1932 Hitler came into 
power.  We needed him like a hole in the head.

Interviewer: When did you first hear about Hitler?

Kleeman: Oh you read about him all, the late twenties he was parading and 
making meetings and starting to fight the Communists, when they, ever had a 
rally, there were one group killing the other group, it’s not like the 
Democrats and Republicans they were more like wild animals.

Interviewer: Right.

Kleeman: And so, and so, they grew up under, without hesitation to kill and 
whoever saying yes was no good.  That’s why they built the concentration camps 
early, they had the intention to put in people saying.

Interviewer: What was your family's politics?  Your father, what was he?

Kleeman: My father like, like the farmers, local.

Interviewer: Local Farm Parties?

Kleeman: Yeah, the Catholic Party.

Interviewer: The Zentrum?

Kleeman: Which?

Interviewer: The Center Party.

Kleeman: Yeah all the farmers were more or less like that.  The local Catholic 
Party.

Interviewer: When did you, living in the village, when did you first notice the 
Nazis in the village?

Kleeman: They came over when I was away in high school.

Interviewer: Right.

Kleeman: That’s when the movement started to become more powerful.

Interviewer: Right.  Was this before or after the depression started.

Kleeman: That was Nineteen Thirty-Two, Thirty-Three.  That’s when they started 
to become and behave like animals.

Interviewer: Right.

Kleeman: That was after the September Reichstag election.

Interviewer: Yeah, it was after, not, well, Nineteen Thirty-Three was when they 
went into Berlin and burned, burned down the building.

Kleeman: Well, we’ll, we’ll come to that.  We’ll come to that.  There’s a big 
election in Nineteen Thirty-Two.

Interviewer: Thirty-two yeah, when Hindenburg gave it over to Hitler.

Kleeman: Right.  Well Hitler challenges Hindenburg.

Interviewer: Yeah.

Kleeman: For president, and he loses, but they make him Chancellor.

Interviewer: That’s around the time that you first see the Nazis?

Kleeman: Yes, that was when they started to get power and overnight they 
took over.

Interviewer: What did you think of the type of person in your village 
who became a Nazi?  What kind of person-

Kleeman: Well the first one who wanted the power was a schoolteacher.

Interviewer: Why the schoolteacher?

Kleeman: Well he was the one who wanted to be the leader, and he let 
everybody know, that he was the boss.

Interviewer: Was he a member early?

Kleeman: Yeah, he was a member early and he was, he was just, he fitted in with 
them, he had the same ideas and everything, kill the Jews and steal everything 
from them and throw them out.

Interviewer: What about other civil servants?  What did they think?

Kleeman: Well civil service, there was a policeman, a [?] he was alright, he 
didn’t want to have anything to do with them.  Once they came in to power 
they controlled him.

Interviewer: What about the postmaster, did you have a postmaster?  Or postman?

Kleeman: Post-master was a woman, she was innocent.  Those people, the railroad 
employees they were all innocent, they, they minded their own business and they 
didn’t bother parading or anything.

Interviewer: You say that the first Nazi was a schoolteacher, was a party man, 
did anyone in you village become, before, your, before nineteen thirty-six, we 
want to talk about. Did you notice anyone in the village who were members of the 
SA?

Kleeman: No, Not the early part.

Interviewer: No?

Kleeman: Not until about nineteen thirty-five, thirty-six.  And there was workers 
in the village who were like communists, and they didn’t tolerate those.

Interviewer: Right.

Kleeman: So they, they laid low, because they, they didn’t want to get into a 
fistfight with one another.

Interviewer: Right.

Kleeman: Because, in a village like this, you know, a few Communists with friends, 
they could have knocked them out.

Interviewer: Yeah.

Kleeman: But they, they left  them alone and there was no fist-fight or anything.

Interviewer: There’s a famous book about Nazism’s spread in small towns in Germany, 
that doesn’t blame, but it identifies the weakness of the Socialists from doing 
anything.

Kleeman: Yeah, they laid low.

Interviewer: Even the SPD?
	
Kleeman: Yeah.

Interviewer: Yeah?

Kleeman: Yeah, they laid low, they didn’t fight them to much in the beginning.

Interviewer: But the Nazis had more rallies, and, and, they forced people to 
attend and yell ‘Heil Hitler’ and wave the flags.

Kleeman: Yeah.  Yeah.  But, but the Socials were low.

Interviewer: What would you say, most of the farmers, how did most of the 
farmers feel about this?

Kleeman: The farmers minded their own business about I think, in our village in 
nineteen thirty-four, one farmer stood up and he said he wants to become the 
new mayor, and the old mayor who was in power for twenty years, more or less gave 
in, and let the other guy get the title.  But he-

Interviewer: Was he a Nazi?

Kleeman: Yeah, yeah he had to be a Nazi in order to apply for the title, but he 
wasn’t a dangerous Nazi.  He was down to earth if you know what I mean.

Interviewer: Some would say those are even the more dangerous ones.

Kleeman: Right, so this guy happened to be, very lenient but he wanted the job 
so they gave him the job.  There was no election, it was just a transfer of 
title, he went to the office in the next town and told them he wants to be the 
mayor, and they let him be the mayor, that’s all.  It so happened, that the son 
of the old mayor who used to work for my father in hauling the corn he became a 
terrible Nazi.  He took part in destruction of the synagogue on Krystalnacht.

Interviewer: What was his excuse later?

Kleeman: I didn’t, I didn’t want to talk to him about it, because he looked 
dangerous.

Interviewer: He knew your family.

Kleeman: Yeah, that’s why, that was a big shot, if you know what I mean, 
he was ready to do, turn around completely so you never know who was your 
friend and who was your enemy and that same man who became mayor that the 
grandson who wrote the book about the Jews.  And so in other words there 
was no tradition if the father was a Nazi, that the son had to be one or 
the other way around.  It was just what went on in their head.

Interviewer: There’s stories of Jews and other opponents of the Nazis saying 
‘This can’t last, they’ll, they’ll wear themselves out’ or ‘The people will get 
tired of it’ did your father express any of those thoughts or?

Kleeman: Well everybody was hoping it would die out.

Interviewer: Yeah.

Kleeman: But it became stronger.

Interviewer: Why is that do you think?

Kleeman: Why?  I guess they took such a dramatic power with their concentration 
camps, and their threatening to take people away that the opponents were afraid 
to do much.

Interviewer: That’s the argument that Hitler put people to work.

Kleeman: They, the Social Democrats, or the Bavarian Catholics they, they became 
very afraid, because the threat was there, that they had the power and they 
could eliminate anybody they didn’t want.

Interviewer: There were-

Kleeman: The laws were all in their favor.

Interviewer: There were people of conscience like Dietrich Boenhoeffer, who 
stood out.

Kleeman: They started to force young people to start going into forced labor, 
nineteen thirty-six that’s when their army lives started practically.  Instead 
of using a gun they used the-

Interviewer: Shovels.

Kleeman: The, the spade, and carried them on their shoulder like a gun, and they 
had same training more or less.  Where ever they have a force to work, they had 
to build dams in rivers, and highways and bridges.

Interviewer: How did you as a young man watching this, how do you feel 
about that?

Kleeman: Well I knew it was going to lead to something because in thirty-six they 
think they marched into the Saarland to take over the first possession of part of 
Germany that wasn’t allowed to have military people and then they, they took 
Austria in thirty eight.  Czechoslovakia in thirty-nine.  They spread out one 
after another.

Interviewer: But again speaking as a historian many Germans said, ‘Those belong to 
us, you know the Saarland-

Kleeman: Well they, they gave in they couldn’t fight them, because if they opened 
their mouth, they were put in a concentration camp so.

Interviewer: How do you feel about the British and the French not doing anything?

Kleeman: They collapsed!  They were overrun and collapsed, the British were more 
independent, the French which in a month or four weeks when a bunch of Germans 
move-

Interviewer: Earlier, in nineteen thirty-six.  Shouldn’t the French or British 
have done something then?

Kleeman: When nineteen forty-six?

Interviewer: Nineteen Thirty-Six.

Kleeman: Thirty-Six?

Interviewer: Right.

Kleeman: Chamberlain came and appeased him.  He flew to Munich to shake hands 
with him.

Interviewer: That’s, that’s after Czechoslovakia.

Kleeman: Uh-huh, I said that’s what they did, they figured they’d delay action a 
little but, but they couldn’t stop the, the progress of their growing.

Interviewer: Going back to your family, it’s nineteen thirty-five, nineteen 
thirty-six, the Nuremberg Laws begin to appear-

Kleeman: In nineteen thirty-five, thirty-six, you woke up, you said you had to 
leave, you had to get out-

Interviewer: Right.

Kleeman: And then you start writing letters ‘Where can I go?  Where can I get 
help?’

Interviewer: So your family started from the beginning?

Kleeman: Yeah.  My, my one brother left nineteen thirty-six to go to Israel. 

Interviewer: Right, to Palestine, right.

Kleeman: Palestine, that time.  Yeah, he left nineteen thirty-six I tried 
nineteen thirty-seven wrote letters, couldn’t get any place.

Interviewer: It’s amazing again because many Germans said ‘It’s not gonna 
be that bad.’

Kleeman: I know, some Germans I know they used to say ‘It will blow over.  
We’ll be alright.’  But it didn’t blow over.

Interviewer: What did your father feel about that? 

Kleeman: My Father, he was glad when one of us went, and then, he encouraged all 
of us to get out, of course I didn’t get out I was taken to the Dachau.  But 
mine was an emergency exit that I was able to get out afterwards. 

Interviewer: Do you remember interactions with childhood friends at that point, 
what happened with your friends in the village in nineteen thirty-five and 
nineteen thirty-six?

Kleeman: What happened with whom?

Interviewer: Your friends.  If you had friends in the village or school?

Kleeman: Well in the village there was nothing, but the school friends, the 
ones who were affluent, the father sent one of them to Switzerland, another one 
to another city to be away and get more education.

Interviewer: What about German friends, non-Jewish German friends?

Kleeman: German friends you didn’t have much, you didn’t have.

Interviewer: But you had them before Hitler?

Kleeman: No, but they minded it they were not, they were not active as friends.

Interviewer: So they just walked away?

Kleeman: Yeah, they, you didn’t have them as friends.  They were, that age they 
had to work on a farm, they had no time to socialize.

Interviewer: Right.  Right.

Kleeman: Was not existing.

Interviewer: Let me check our tape size, hold on.

[RECORDING PAUSES]
[RECORDING RESUMES]

Interviewer: Now, many German towns were close from my study, close to a 
reserve barracks or army barracks.  Was yours near an army barracks, at all?

Kleeman: They built an airport two miles from my home.

Interviewer: Okay.

Kleeman: They took over a wooded area two miles, within walking distance.

Interviewer: When did they do this?

Kleeman: Huh?

Interviewer: When?

Kleeman: Nineteen Thirty-Six. Nineteen Thirty-Six Hitler came to dedicate, so 
they must have started nineteen thirty-four or something, to build it.  They 
built airplane, air force base in the neighborhood, it used to be wooded area 
and some farmland. [phone rings] Excuse me. I don’t know-

[RECORDING PAUSES]
[RECORDING RESUMES]

Interviewer: -to the air force base. 

Kleeman: Yeah, so they build an air force company, an airport of course, when 
you build an airport you must build airplanes.

Interviewer: Right.

Kleeman: So they would, were disobeying all the laws they had from the World War 
One, when they made peace with them, that they were only allowed an army of a 
hundred thousand men, and they were not allowed to go into border cases, like 
the Saarland and so on, but they started violating this.

Interviewer: And that airport turned into an air force base?

Kleeman: Oh yeah, that airport, that airforce was built within two years, Hitler 
and Göring came dedicate it and became a very famous airport they used to go to, 
the planes to England were taking off from that Air force.

Interviewer: Wow.

Kleeman: And of course they built underground storage, they built barracks for 
the men.

Interviewer: Right.

Kleeman: Complete airport.  They put up from the village, they put a railroad 
to the airport because most of the freight, bombs and equipment all came on a 
freight train.  So they put a railroad station in for the freight.  Right into 
the airport.

Interviewer: Wow.

Kleeman: And most of, most of the warehouses hidden the, a wooded area.  
Underground.  And today they can’t develop the airport for anything, there’s a 
lot of bombs buried underneath it.

Interviewer: Really?

Kleeman: And they can’t get to them, because they might explode as they look for 
them.

Interviewer: Oh that’s-

Kleeman: They cannot take the land of the airport and develop it for 
anything.

Interviewer: That’s amazing.

Kleeman: You can’t clean it up.  And the Germans are smart [laughs].  
There’s bombs that came down, incendiaries that went down, and they 
don’t know whether they exploded or still alive or such, few guys got 
killed already, and as they said, the articles, the airport is off 
limits, cannot be developed for anything.

Interviewer: Wow.

Kleeman: Not my worries [laughs].  I was at the airport maybe twenty, 
twenty-five years ago.

Interviewer: As a young man, teenager, nineteen thirty-six to nineteen 
thirty-eight, to two years between Nuremberg Laws and Krystalnacht.

Kleeman: Yeah, it’s about that.

Interviewer: What happens to your family’s life during that time.

Kleeman: During that time, we were shrinking.  From normal life to an 
abnormal existence if you know what I’m saying. 

Interviewer: Pause there.

[END OF SIDE 1]
[BEGINNING OF SIDE 2]

Kleeman: From thirty six to thirty eight, every month, more restrictions would 
come in, it’s in the book, some of it. And you couldn’t do anything anymore 
but prepare to get out.  That’s all, I tried to get to Palestine wasn’t 
accepted, every, every country that was good was closed.

Interviewer: How much of this was the foreign office, playing games with you, 
you think?  Because you were Jewish?  How much of the problems you had getting 
out, was the foreign office, or Nazi bureaucrat playing games with you?

Kleeman: It was not the, they had the power.

Interviewer: Right.

Kleeman: I can tell you an example, I was getting to be eighteen, thirty-seven, 
and normally at eighteen you can apply for a drivers license.  So, I went to go 
driving school, I figure let the teacher apply and apply for a license, so 
there was no law against a license yet.  But the examination was put for a 
Saturday and my father didn’t allowed me to take the test on a Saturday, so the 
driver finally said to me, I’ll take you to another city, where the test is on a 
Thursday, so he took me fifty miles away to another city, and there I took the 
test, and I did get a drivers license.  That was already shaky, you know what I 
mean.

Interviewer: Sure.

Kleeman: But I did get it, and I used it, we had a car.

Interviewer: Did your family have encounters with the police at all, between 
nineteen thirty six and-

Kleeman: Well the police was always friendly to us.

Interviewer: Okay.

Kleeman: Yeah the police was against the Nazis.

Interviewer: The local police.

Kleeman: Yeah, yeah, it was friendly to the Jews and he, he did what he had to 
do, but he was friendly, you could count on him to help you if anything was a 
problem.  The only time, when the Krystalnacht he came out trying to, see what 
he can do and Nazi bastards told him ‘You go home!’ in other words if he 
wouldn’t have gone home he might have sent him to Dachau.

Interviewer: Right.

Kleeman: That was a first shakedown.

Interviewer: Right.  First real shakedown your family had.

Kleeman: So what do-

Interviewer: Do you remember, gonna step back a little bit again, we’re 
talking about the Nazis years before the war, do you remember nineteen 
thirty-four?

Kleeman: Thirty Four?

Interviewer: Thirty Four?

Kleeman: Thirty for was-

Interviewer: That Long Knives episode?r

Kleeman: I was home from, from school already, it was a quiet night.

Interviewer: Okay, that’s when Hitler went against the SA, and, and-

Kleeman: When did he kill Röhm?

Interviewer: Thirty-Four, yeah.

Kleeman: Thirty-Four, what they call the Long Knives?

Interviewer: Yes.

Kleeman: I remember when it happened, but I didn’t exactly what was going on, I 
know there was supposed to be homosexuals or something, and they were in Munich 
they, they killed them all.

Interviewer: It was in Bavaria so I mean, yes I asked with you being in Bavaria-

Kleeman: Aye, Bavaria.

Interviewer: [?]

Kleeman: That was a one of the top moves to get rid of him, I mean they didn’t 
like him or they didn’t want him or something.  Yeah, I remember that.

Interviewer: Okay, but does it impact your village?

Kleeman: But no, no German police would stop them or investigate.

Interviewer: Right.

Kleeman: They already controlled what they were doing. Röhm, Röhm was a-

Interviewer: Ernst Röhm.  What happens to your father’s business during this 
time?

Kleeman: They business was-

Interviewer: In thirty-six or thirty-eight.

Kleeman: -going down and down and down and nothing you could do, nothing you 
could do, the warehouse we had, he rented out to the competition, commune, a 
commune who was buying the grain from the farmers also, and they, they needed 
the space, so they rented the warehouse for a few dollars a month.  When my 
father couldn’t operate anymore.

Interviewer: Did he, did any Nazis make him an offer for the business?  Trying 
to drive him out or?

Kleeman: No, they sent a letter from Munich tell them the license is dead, no 
more.

Interviewer: Right.

Kleeman: He took a trip to Munich to, to protest, because he was a World War 
One veteran but it didn’t help.

Interviewer: You mentioned in the book that your father was released from 
Dachau early, because he was a war veteran.

Kleeman: My father was not in Dachau he was only in-

Interviewer: Oh in the holding-

Kleeman: Prison.

Interviewer: -the holding camp. Yes.

Kleeman: Yeah, yeah.

Interviewer: Did his status as veteran help you family you think?

Kleeman: It didn’t help much.

Interviewer: No?

Kleeman: No.  They let the older people go home after a week or so in the prison, 
but maybe because he was a veteran he come a week earlier.

Interviewer: But even before.

Kleeman: Before it didn’t help much. 

Interviewer: Didn’t help at all?

Kleeman: They didn’t respect it.

Interviewer: Okay, okay.  Let’s talk about Krystalnacht.

Kleeman: Go ahead, you want to know a lot?

Interviewer: You tell me what you have to tell me.

Kleeman: Well I was, we were in at the American Consulate on the ninth of 
November, my older brother had gotten a letter to be there and get his visa to 
come to America.

Interviewer: Right.

Kleeman: So we drove to Stuttgart in our car, him and me, and we spent the night 
in a hotel and he went to the consulate eight o’clock in the morning I waited in 
the hotel, and that’s when, that night they destroyed everything in Stuttgart, 
because in the cities the Krystalnacht was November ninth.

Interviewer: Right.

Kleeman: In the village where I come from it was delayed, it was November tenth.

Interviewer: Interesting, because they-

Kleeman: The communication didn’t come through.

Interviewer: Right.  Right.

Kleeman: Yes, so.  It was supposed to be called off already.

Interviewer: Right.

Kleeman: But they came on the tenth.  So, during the ninth, when my brother came 
out from the consulate, that’s an all day affair, medical examination and 
signatures and everything, five o’clock he came out.  So we decided, no sense 
for him to go home, because he had his passport.

Interviewer: Right.

Kleeman: And he already had paid a ticket to go November fifteenth to America, on 
an American ship.  Anyhow we decided, he decided, he’s going to go the railroad 
station, and take a train to Switzerland.  From Stuttgart which is an hour, an 
hour and a half, and I should take the car and go home, and he did, he’s they let 
him from the, they didn’t stop him at the railroad station.  He had his passport 
any how.

Interviewer: Right.

Kleeman: So anyhow, he went to Switzerland we had a relative in Switzerland he 
went there and I started home, and like I say in the book at nine o’clock I 
called from a spa about fifteen miles away from my home and my father said ‘Don’t 
come home, they’re coming tonight.’  In other words, the Jews had been warned by 
a democrat who had in the village, in the other town for a Jewish law firm, and 
he called them that they’re planning to come, so-

Interviewer: So they came from outside of your village?  The Nazis were from 
outside of your village?

Kleeman: Yeah, they were from outside.

Interviewer: How far away?

Kleeman: About five kilometers, three miles.

Interviewer: Oh so not far then.

Kleeman: Not far no.

Interviewer: Not far, it’s not like the came from the city.

Kleeman: No, that’s the smallest city and that’s a city that had a prison.

Interviewer: Right.

Kleeman: And the first that went to, to borrow a truck, a building supply guy, 
he refused too.

Interviewer: Right.

Kleeman: He told them, ‘You’re not going to use my truck.’ So he was lucky 
they didn’t put him into Dachau and they went to another guy who, like my 
father was a corn dealer and had a truck, and he offered his truck to them.  
[laughs]

Interviewer: Wonderful.

Kleeman: [laughs] Wonderful.  You know in those days there were not many 
trucks they knew everybody who was able to have a truck and so.

Interviewer: Well it's more discouraging the fact that someone knowing 
what’s going to happen says ‘Sure, take my truck. Let me come with you.’ 

Kleeman: So that’s what happened they started out one, three villages before they 
hit my village, they started one village, two kilometer away, another one three 
kilometers, on the way there were small communities, two families in one, two, 
another, three families in one, and one had about eight or nine families, they 
cleaned out those villages.  Took the male people away.

Interviewer: Took the males away, what about the families, the homes, what did 
they do to the homes.

Kleeman: The house?  They destroyed everything.

Interviewer: What everything?

Kleeman: In one village the took the woman to the police and told them to keep 
her overnight, all kinds of mischief, crazy things.

Interviewer: What about synagogues?

Kleeman: Synagogues they destroyed, if there was one.

Interviewer: Right.

Kleeman: So, some, one of the village didn’t have one anymore, so anyhow that 
was the action.  The first village they hit big was my village they must have 
gotten there about ten, eleven o’clock.

Interviewer: Yeah.

Kleeman: Then they started, then, then they had one guy, a Nazi who 
volunteered to show them where the Jews were living.

Interviewer: Was it the schoolteacher?

Kleeman: No not the schoolteacher.  The schoolteacher was out telling to 
Gendarme to go home, the population has come out already they knew they were 
coming and they started gathering around the Jewish homes to see them, 
and they-  And then when they came they started in one part of the village and 
they went through all the Jewish homes, and they had one guy, who used to, 
belong to the fire department, they asked him to show the Jewish homes and he 
said ‘I’m not showing you anything.’ And he put on his jacket from the fire 
department, and then the fire chief came out, who was a farmer, and was a fire 
chief of the whole district and he told them ‘You’re not burning down the 
synagogue because if you do, the whole village may go up in flames.’  Because 
the wind was blowing a little, so they didn’t dare put the synagogue on fire, 
they put a fire in front of the synagogue, and took everything out and put in 
the fire.

Interviewer: The Torah and all the books?

Kleeman: Yeah, two farmers, most of them, they worked all night on that fire, 
they still worked, eight, seven-thirty in the morning when I came home, I 
passed the little fire and they were still working on it.  Then, then you 
knew it was time to get out.

Interviewer: Time to go.

Kleeman: Then you saw the handwriting.

Interviewer: Did anybody in the village offer to help? 

Kleeman: Yeah, one farmer who came over to my mother the next morning and the 
door was broken was broken down, the main entrance to it, they must have hit 
with a hammer and it fell.  On the floor.  And he came in, and she asked him to 
lift up a heavy closet which was filled with food and everything and he picked 
it up for her, and close the front, and they he went back, he jumped out a 
kitchen window and was hoping no one would see him, and he went back home.  And 
he was, he said he was lucky, nobody spotted him, otherwise they might have sent-

Interviewer: He would have been in prison, yeah.

Kleeman: Yeah, that’s the only help, the only help she got.

Interviewer: Was anyone physically harmed?

Kleeman: Yes, there was two or three basically hurt over the eyes with the rubber, 
hit whatever they use, and they were put in a hospital.

Interviewer: Okay, and what happened to him?

Kleeman: Well after three, four days, they were released, one guy, like my brother, 
also had his passport and we said to go to America on the same boat, so they met on 
the boat, but he was badly hurt, new eyes. So you had no idea what was going on.

Interviewer: How were you arrested?  How were you arrested?

Kleeman: I got home at seven o’clock in the morning so I went into the house, I saw 
my mother and before I knew it an SA came and says ‘You’, I’m arrested so he took me 
to the police, to the policeman’s office.

Interviewer: How did he treat you when he arrested you?

Kleeman: Huh?

Interviewer: How did he treat you?

Kleeman: He was nice, he was business, he says, he was an SA man but he didn’t even 
wear his uniform, anyhow he took me to the policeman and then, they later came and 
took my car and took me to the prison.  About eleven o’clock or so.  That was it.

Interviewer: What were you thinking?

Kleeman: You don’t think anymore.  Because you don’t know what’s going on, you 
are such a dead captive, you can’t even ask a question.

Interviewer: What’s it like being processed?  In a Nazi prison?

Kleeman: Well in a prison you get signed in and you get assigned and he took me 
into the room where my father was.

Interviewer: Right.

Kleeman: That was the only consolation, that I was able to tell him where, that 
the other brother had left for Switzerland.

Interviewer: How was your father at that point?

Kleeman: Nervous and an-…full of anxiety.  He couldn’t, you couldn’t think, you 
didn’t know what was in store for you.

Interviewer: How many other people did you know, that were picked up?

Kleeman: I knew half of the Jews, the other ones from the other villages I 
didn’t know from, but the ones from my own village I knew.  Must have been ten, 
twelve from the village, and you weren’t allowed to talk to them, you were 
allowed to walk ten or fifteen minutes in the afternoon in the courtyard but 
not allowed to say hello to anyone of them.

Interviewer: Did anybody try?

Kleeman: No, you had to go in single file around a circle.

Interviewer: So you knew what to do?

Kleeman: I said, you saw them but you couldn’t talk to them.

Interviewer: What were the guards like?

Kleeman: The guards?

Interviewer: Were they mocking you?

Kleeman: No, he was a warden.

Interviewer: Right.

Kleeman: The warden watches.

Interviewer: Okay, was he a Nazi?

Kleeman: I guess he had to be-

Interviewer: Right.

Kleeman: -In order to have the job.  If he wasn’t he wouldn’t have had the…you 
know, when the party came in, he probably automatically joined the party to 
keep his job. 

Interviewer: Right, but he wasn’t brutal. Or?

Kleeman: He wasn’t cruel, no he did what he was to do, no, no communication, no 
nothing, don’t let them talk and that’s it.

Interviewer: Okay.  What happens after your father’s released?

Kleeman: My father went home and we went, we were sent to another prison where 
we were photographed, fingerprinted and so on and prepared for something, we 
knew that.

Interviewer: What were the charges?

Kleeman: Charges?  You didn’t-

Interviewer: No charges?
 
Kleeman: Just because you were a Jew, that was enough of a charge.  They didn’t 
need lawyer or a judge or anything.  The law was in their hands.

Interviewer: How were you treated at that stage, at that stage how did they 
treat you?

Kleeman: Like an animal.  You had nothing to say, you had to do what they told 
you and that was it.  Absolutely.  Worse than an animal a dog gets three meals 
a day.  We didn’t get that...

Interviewer: At the time you go to Dachau...

Kleeman: You didn’t know you were going to Dachau.

Interviewer: Well, you didn’t know.

Kleeman: I didn’t know, no, because, they claim one day a load went to Dachau 
the next day it went to Buchenwald another camp, in the opposite direction.  
So until the Buses went a certain direction for an hour or so, then you an 
idea you were going south, then meant it was heading towards Dachau.

Interviewer: What was going through your mind at that point?

Kleeman: Well, it didn’t matter to you, because you didn’t know either one 
was any good.

Interviewer: Now this is before Dachau becomes-

Kleeman: Dachau was known already.

Interviewer: Was known as a, as a prison.

Kleeman: Communists were taken in there, and misfits.

Interviewer: Right.

Kleeman: They started to arrest them and put them in the camps.

Interviewer: But it wasn’t what it would become yet.  It wasn’t-

Kleeman: It was built, it was already built to be different from a prison.

Interviewer: How so?  What ways was it different?

Kleeman: It was like barracks, the whole thing was electrified with a 
wire so they didn’t have to build a big stone wall or anything to, for 
anyone to escape, in front of the wire was a ditch filled with water.

Interviewer: Who were your guards?  Who were the guards?

Kleeman: The guards were Nazis. SS, SAs.

Interviewer: SA?

Kleeman: Lower, the Lower ranks. The big shots were in the office in the 
headquarters.  But, but while I was there, one or two may have tried, 
elected to go over the wire, but the wire was charged.  It was open wire, 
I never seen an electric wire, you don’t see anything, you touch it, and 
you're out.

Interviewer: Yeah.

Kleeman: We learned the hard way, and they claimed it was some buildings in 
the basement they had what they called the meat hooks.  Where they were able 
to hang people on, and somebody did something unusually bad or tried to run 
away or something, he was determined to go on one of those hooks.  And then 
they had dogs attacking you, also.  Some guys walking around with dogs all 
the time.

Interviewer: When your bus arrives, describe to me the moment of leaving the bus-

Kleeman: Leaving the bus you came into, once you’re inside the gate, you have 
nothing to say, I think the first thing was, got the hair cut, and then you 
being taken to a barracks, and there they take your clothes away and give 
you a uniform like a striped pajama and so on, you, your done.  You're 
earmarked, your clothes were put in a bag and stored someplace, they had a 
good system and that was, all, all that work was done by prisoners.  The 
Nazis, just, they just supervised it.  But the prisoners had cut the hair, 
the prisoners had to take the clothes away, you could not, run away or hide.

Interviewer: Were the guards free to beat you at whim?

Kleeman: No, that, they only watched the prisoners doing the work.  They must 
have had prisoners from a week or two before, who were trained to do that 
work.

Interviewer: Right.

Kleeman: That was systematic with them.

Interviewer: Like a machine?

Kleeman: You expect me to remember what happened sixty-five years ago.

Interviewer: You’re doing very good. And I congratulate you.

Kleeman: I knew more sixty-five years ago than six days ago.

Interviewer: I’m pausing because I’m horrified by what I hear.

Kleeman: That old stuff is coming back?

Interviewer: You want to stop?

Kleeman: No, it’s alright, you don’t have much more time anyhow, you-

Interviewer: Let me, let me ask you…you only know this after the fact, what 
were your parents doing while you were in prison?  What did they try to do?

Kleeman: Well my father came home, my mother wrote to a cousin in England for, 
to ask him to help, and he sent a letter, I put it in a book to give to the 
Gestapo and to the English Consulate, and it worked, when the Gestapo got the 
letter, they started to release me.

Interviewer: So how did that work? I mean did they, one day you were pulled out 
of prison?

Kleeman: Well it was simple, I got out December twenty-second so I was there over
 a month.

Interviewer: You were on parade or were you in the barracks?  When they sent for 
you?  Where were you when you, you were told you were leaving?

Kleeman: I don’t know.  Parade went, all day long you were on the parade ground.  
There was nothing for you to do, so that’s where they kept you.  So I got out, I 
was lucky and they put you on a train, they give you back your own clothes, 
money you didn’t have, so the train took you to Munich, to the railroad station 
it’s about a twenty minute ride, and then the Jewish community had a room where 
they took you and they, arranged for you to get a ticket and go home on the next 
train, but they didn’t let you run around the railroad station they kept you in 
a room till, [?] to board the train.

Interviewer: Were you required to wear the star at this point?

Kleeman: No, there was no star yet, to be worn, the Star came a few weeks later 
I think, no we didn’t wear the star.

Interviewer: So you weren’t visibly ostracized except for having no hair.

Kleeman: Yeah, the hair is, the pictures in the book.

Interviewer: To close for the day, and we’ll pick up again and talk about 
your experiences leaving Germany and in England, and arriving in the 
United States but for today…While this is going on, and I don’t want you 
to think about it now, sixty-five years later, but I want you to think 
about it then…what were your thoughts about Germany?  What were you 
thinking about Germany?

Kleeman: About Germany?

Interviewer: At that time?

Kleeman: Your mind was to get out.

Interviewer: Did you feel abandoned, forsaken, angry?

Kleeman: Well you did, you, you, you prepared yourself to get out as fast as you 
can, so anyhow, I bought a few clothes and a few shoes and a few things, and I 
was ready to I believe it was, [?] to get out, to buy my I also on my way out I 
bought a ticket on a boat, from England to New York, on a German, I think it was 
a German boat.  The guy was selling me, so anyhow you, you go out as fast as you 
can, you know you can’t take money along, four dollars.

Interviewer: Right.

Kleeman: That’s, you go to the bank and you have to sign for it, and that’s all 
you’re allowed to take across the border, and at the border you get examined.

Interviewer: For valuables, right. Yeah.

Kleeman: Nice life.

Interviewer: Were you, were you…I don’t want to use the word ‘hate’, but were 
you beginning to feel rage against, against the Germans, against Germans who 
weren’t Nazis and let it happen?

Kleeman: Well, you, they were afraid to talk to you, the good Germans had to be 
afraid that someone was watching them.

Interviewer: Right.

Kleeman: So what you had to do was really stay away from people.

Interviewer: Yeah.

Kleeman: In order to have, that they were safe.  Because you couldn’t, you 
didn’t know who was watching you.  We had a neighbor she watched from her 
window an old maid, she stood at the window and watched who was going in and 
out of our house.  And she would report it to the Nazi in charge.

Interviewer: So its not like its, its not like the secret ways had your 
neighbors watching.

Kleeman: Yeah in other words, people had to be afraid that they would be 
reported.

Interviewer: Even by their children or their neighbors.

Kleeman: Even by Germans, even by Germans.  They were, they, they were fanatics, 
the Nazis the doubt that they, the low class that thought they’d get someplace 
if they report something.  It was a hard life at that time, because the good 
Germans who were not, they couldn’t act like good, your neighbors, if you know 
what I mean.

Interviewer: Right.

Kleeman: Very hard, very hard. And of course, it taught me a lesson.  That I, 
when I got to London, I made up my mind I must work hard and save my family, 
which I was able to do.

Interviewer: Which is where we pick up, next-

[END OF RECORDING]

End of Tape 01 of 05

Jump To: Tape 02, Tape 03, Tape 04, Tape 05"""
}