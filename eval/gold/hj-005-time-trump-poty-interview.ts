export const trumpInterview = `TIME: You had an extraordinary year. You lived it and you know it. You cleared the field in the Republican campaign. You spent part of your campaign in a courtroom. You were almost shot to death on the trail. Your opponent dropped out, and then you won the swing states, which many people did not expect. What's one thing that we should know about your experience this year that we don't know?

TRUMP: Well, I think we ran a flawless campaign. It was, it was really quite something. I called it 72 Days of Fury. There were no days off. There were no timeouts. If you made a mistake, it would be magnified at levels that nobody's ever seen before. So you couldn't make a mistake. And I think we just really ran well. It was a drive to go through it. It started 72 days out. For some reason, it just seemed to be it. And I worked very hard. I've been, I've been given credit by, actually, the reporters that followed me, because it was, you know, just, it just was all the time, every day, and we said the right things. We said things that were on the minds of the country. I think the Democrats didn't get it. They just kept going back to the same old nonsense. And it was nonsense, especially in where we are right now. And we hit—we hit something that was very special. We hit the nerve of the country. They don't want to see jails emptied out into our country. They don't want to see people from mental institutions being dismissed from their institutions. 

Mr. President, what did the Democrats not get? You just said “they didn’t get it.” What did you mean by that? 

I don't think they got the feel of the country. The country was angry because of immigration, because of the people, you know, millions and millions of people. I was saying it could be 21 million people. They were saying a much lesser number, but it wasn't a much lesser number. But even if it was, it was irrelevant, because it was—they were allowing anybody to come into our country. They are right now. They opened it up again. You see what's going on? They're coming. They're pouring up through Mexico and other places. And they weren't using common sense. I said, We’ve become the party of common sense. As an example, they really don't want to see men playing in women's sports. You can have a—and this is one: They don't want to see, as another example, open borders. They want to see people come in. Everyone's okay with it, and I am certainly. I want to have a lot of people coming, because we're going to, we're going to bring back a lot of jobs. We'll bring record numbers of jobs, and we'll do it through good taxing policy, and, you know, using some basic business intelligence. But we're going to bring back record jobs. Record companies are going to come into our country. They're not going to be able to be able to steal our companies anymore. And I talked about that, but I differed, maybe, perhaps, from you people, I thought the economy was a big factor, especially the real economy, which is the economy of going out and buying groceries or buying a car or buying a house, which was, you know, between interest rates and between costs—as an example, the cost of a house is—a big chunk of the cost of the house is just the approval process and the regulations.

The economy was certainly a big factor in your victory—

But what was a bigger factor, I believe, was the border. I think the border and, you know, I won it in 2016 on the border, and I fixed the border, and it was really fixed, and they came in and they just dislodged everything that I did, and it became far worse than it was in 2016—

I want to come back to immigration a little bit later. Let's start out on what's happening right now. You were elected on a promise to change Washington. By all accounts, the fight over that has already begun. One of your nominees was effectively blocked by the Senate. There are other senators who have expressed doubts about some of your other nominees. What are you going to do if the Senate continues to balk at your choices for these key cabinet positions? 

Well, I don’t think they will. And he wasn't blocked. I had the votes if I needed them, but I had to work very hard. And you know, I'm not—there were numerous hard no’s, all of whom agreed with me to do it. 

So you decided to give up on Gaetz? 

No, I didn’t give up on him. I talked to him, and I said, you know, Matt, I don't think this is worth the fight. I had the—he was there when I convinced five people to go that were hard no’s, but we want to speak to the President. And the beauty is that we won by so much. The mandate was massive. Somebody had 129 years in terms of the overall mandate. That's a lot of years, but people respected that. As an example, many places were thinking that they could go down and they could riot, make trouble, protest, on the election night. You know what happened? When the numbers started coming in, everyone just left. They left. I mean, you see signs of it, Washington, DC, where people were gathered. 

Did I hear you say that you met in person with Gaetz and the five hard-no Senators?

Not with the senators there. No, I called the senators, and my relationship with the Senate is very good. Many of them I endorsed. Many of them I got elected. If I didn't get involved in those races, those Senators would have lost. We wouldn't have the majority.

Mr. President, will you use recess appointments to fill vacancies if you can’t get them through? 


AD
I really don't care how they get them approved, as long as they get them approved. 

So you might do it?

It's up to the Senate. But I think I have a very good relationship with Senator Thune and the others, all of them. I think almost, almost everybody, many of them I was very instrumental in getting, if not this season, last season, the season before that, I would say more than half.

Will you commit to honoring the Senate’s authority to reject or confirm your nominees? 

Well, sure, I want them to do that. I think—I don't think there are too many. I don't think that— look, everybody has, that's why they have menus in restaurants. You have different choices. Some people love certain candidates. I’ll tell you, I put up some that I thought would be a little more controversial, and they turned out not to be necessarily the ones that are controversial.

One of them who is controversial, who I just want to ask you a quick question about, is RFK Jr, who is a noted vaccine skeptic. If he moves to end childhood vaccination programs, would you sign off on that?

We're going to have a big discussion. The autism rate is at a level that nobody ever believed possible. If you look at things that are happening, there's something causing it.

Do you think it’s linked to vaccines? 

No, I’m going to be listening to Bobby, who I've really gotten along with great and I have a lot of respect for having to do with food, having to do with vaccinations. He does not disagree with vaccinations, all vaccinations. He disagrees probably with some. But we'll have it. We're going to do what's good for the country. 

So that could include getting rid of some vaccinations? 

It could if I think it’s dangerous, if I think they are not beneficial, but I don’t think it’s going to be very controversial in the end. 

Do you agree with him about the connection between vaccines and autism? 

I want to see the numbers. It’s going to be the numbers. We will be able to do—I think you're going to feel very good about it at the end. We're going to be able to do very serious testing, and we'll see the numbers. A lot of people think a lot of different things. And at the end of the studies that we're doing, and we're going all out, we're going to know what's good and what's not good. We will know for sure what's good and what's not good. 

Mr. President, some foreign officials have expressed concern about sharing intelligence with Tulsi Gabbard, given her positions in support of Russia and Syria. Would her confirmation be worth the price of some of our allies not sharing intelligence with us?

I'm surprised to hear it, because I think she's, like, a really great American. Hey, look, they said I was friendly with Russia until they saw the tapes, and then they said, you know, he's not actually. He was the one that ended the Russian pipeline, Nord Stream 2. He was the one that put all the sanctions on Russia. And I get along with Russia. I get along with a lot of people that people would think I wouldn’t get along with, but we get our way because I'm for this country, I'm not for other countries. By the way, do you want hors d’Oeuvres or anything?

No, that’s generous, thank you. 

You sure? 

Yes, but thank you. If you learn that foreign officials are withholding intelligence because she is the head of your intelligence, would that change your calculus? 

I don’t know. I’m surprised to hear it. I heard that the first time the other day. I mean, I think she's a great American. I think she's a person with tremendous common sense. I've watched her for years, and she has nothing to do with Russia. This is another, you know, a mini Russia, Russia, Russia scam. I think probably, if that's what's happening. No, I don't see it. Certainly, if something can be shown to me. 

During the campaign, you disavowed Project 2025, but so far at least five people you’ve appointed to top positions in your cabinet have ties to it. Doesn’t that undermine what you told Americans on the campaign trail? 

No look, I don't—I don't disagree with everything in Project 2025, but I disagree with some things. I specifically didn't want to read it because it wasn't under my auspices, and I wanted to be able to say that, you know, the only way I can say I have nothing to do with it is if you don't read it. I don't want—I didn't want to read it. I read enough about it. They have some things that are very conservative and very good. They have other things that I don't like. I won't go into individual items, but I had nothing to do with Project 2025. Now, if we had a few people that were involved, they had hundreds of them. This is a big document, from what I understand. 

More than 800 pages. 

It’s a lot of pages. That’s a lot of pages. I thought it was inappropriate that they came out with it just before the election, to be honest with you.

Really? 

I let them know, yeah, I didn't think it was appropriate, because it's not me. Why would they do that? They complicated my election by doing it because people tried to tie me and I didn't agree with everything in there, and some things I vehemently disagreed with, and I thought it was inappropriate that they would come out with a document like that prior to my election.

Did you express those frustrations with them? 

Oh I did. It wasn’t a frustration, it was a fact. It's totally inappropriate. They come up with an 800-page document, and the enemy, which is, you know, the other party, is allowed to go through and pick out two items, 12 items out of, you know, 800. No, I thought it was an open—I thought it was a very foolish thing for them to do.

I understand, sir. 

These are people that would like to see me win. And yet, they came out with this document, and they had some pretty ridiculous things in there. They also had some very good things in there.

I understand, sir. Let’s shift to a topic that I know you care quite a bit about: immigration. You recently said on Truth Social that you plan to use the military to deport migrants. The Posse Comitatus Act prohibits the use of the military for domestic law enforcement. What will you do if the military does not or refuses to carry out your orders?

Well, it doesn’t, it doesn’t stop the military if it's an invasion of our country, and I consider it an invasion of our country. We have criminals coming into our countries that we've never seen, we've never seen before. We have people coming in at levels and at record numbers that we've never seen before. And I'll only do what the law allows, but I will go up to the maximum level of what the law allows. And I think in many cases, the sheriffs and law enforcement is going to need help. We’ll also get National Guard. We'll get National Guard, and we'll go as far as I'm allowed to go, according to the laws of our country. 

If you can't negotiate agreements with the receiving governments, and none seem receptive, will you of necessity have to hold these detained migrants in camps?

I’ll get them into every country, I’ll get them into every country, or we won’t do business with those countries. 

So you won’t need to build more detention facilities, sir? 

No, because, look, we may have to do it anyway. Because, look, they brought in millions of people, and many of those people have been, you know, taken out of jails and prisons. You look at prison populations, what's happening all over the world, except here. No, they—I can't even conceive of why they would allow criminals, known criminals, people from jails that have tremendous records. Look, if you look at the 13,000-plus, 13,099 which was issued by border patrol, they said those people were murderers, and they allowed them into our country. Why would somebody do that? Why would somebody do that? And that's why the Democrats lost, because of many things like that. That's a bad one, by the way. You know that's a bad one, but there are many things that—

So you’re saying there won’t be new camps, more camps to hold detained migrants?

Well, there might be. Whatever it takes to get them out. I don't care. Honestly, whatever it takes to get them out. Again, I'll do it absolutely within the confines of the law, but if it needs new camps, but I hope we're not going to need too many because I want to get them out, and I don't want them sitting in camp for the next 20 years. I want them out, and the countries have got to take them back, and if they don't take them back, we won't do business with those countries, and we will tariff those countries very substantially. When they send products in, they will have substantial tariffs, and it's going to make it very hard for them to do business with us. 

A question on the minds of a lot of Americans: Will you restore your policy of separating families? 

I don’t think—I won’t have to, because, first of all, it wasn’t my policy. It was Obama’s policy. I didn’t build jail cells for children. He did. If you look at the 2014—

I don’t want to litigate the past. I’m just asking if you will do this—

Well you said, your policy. This was a policy of the country. I don’t believe we’ll have to, because we will send the whole family back to the country. 

Deport them together? 

I would much rather deport them together, yes, than separate. By the way, when you talk about separation, we have 325,000 children here during Democrats—and this was done by Democrats—who are right now slaves, sex slaves or dead, and they were allowed. So I mean, those are the and what I will be doing will be trying to find where they are and get them back to their parents. 

Many of the people who voted for you, as you mentioned a moment ago, cited high prices, particularly of food and groceries. If you deport millions of migrant agricultural workers, won’t the price of food rise sharply? 

No, because we're going to let people in, but we have to let them in legally. We don't want people to come in from jails. We don't want the jails of Venezuela and many other countries, and not just South American countries. We don't want the jails to be opened up into our country. We're not accepting their prisoners. We're not accepting their murders. We're not accepting their people from mental institutions. We're not doing it.

Your transition co-chair Howard Lutnick said your appointees would be vetted for loyalty. Are you going to ask your appointees to take a loyalty pledge?

I don't think I'll have to. I think I will know who–I mean, look, all you can do is feel comfortable with people. There's always disloyal people, and every President's had them. I've had them, and every President has had them. But no, I think, I think I will be able to, for the most part, determine who's loyal. I want them to be loyal as to policy, as to the country. It's gotta be loyal. 

If they don’t follow your orders, will you fire them? 

If I think it’s appropriate, I’d fire them. 

Does that go for civil servants as well, Mr. President, who work in the executive branch but aren’t appointees? 

Well, it depends. We have some interesting things happening in rules and regulations, but we're going to see. But sure, if I'm allowed to do that, I would do that. If they're not following my policies, absolutely.

You've put Elon Musk in charge of DOGE, giving him the power to—

Along with—

Along with Vivek Ramaswamy, yes, absolutely. But on Musk specifically, giving him the power to oversee the agencies that regulate his companies. Isn’t that a conflict of interest? 

I don't think so. Look, we have a country that is bloated with rules, regulations and with, frankly, people that are unnecessary to do. We are going to need a lot of people in a lot of other jobs. We're looking to get people into private sector jobs where they can do better and be more productive. We're going to see what happens. We have some interesting months coming up, at the beginning. We're going to see what happens. But this country is bloated.

I think everybody agrees that there’s waste in the federal government—

Waste, fraud, and abuse. 

But Elon Musk is talking about cuts that would directly affect NASA, which would then directly affect SpaceX, his company. Isn't that the textbook definition of a conflict of interest? 

I think that Elon puts the country long before his company. I mean, he's in a lot of companies, but he really is, and I've seen it. He considers this to be his most important project, and he wanted to do it. And, you know, I think, I think he's one of the very few people that would have the credibility to do it, but he puts the country before, and I've seen it, before he puts his company. 

Well, ultimately, Congress controls spending. Would you veto a budget or appropriations that does not comply with the Musk-Ramaswamy Commission, DOGE? 

I might. But there are many things you can do without Congress. When it comes to cutting, harder to get, but to cut, you can do a lot of things without Congress. 

What do you plan to do?

I mean, I'll give you an example. We want to move the schools back to the states. We want to, you know, we're at the bottom of every list in terms of education, and we're at the top of the list in terms of the cost per pupil, and we want to move them back to the states, and we'll spend half the money on a much better product. We'll get—I believe we can compete with Norway and Denmark and Finland and other countries. And I will tell you, China is right at the top of the list too. Most lists. 

What does moving back to the states mean? Does that mean closing the Education Department? 

A virtual closure of Department of Education in Washington. 

Virtual closure? 

Well, you're going to need some people just to make sure they're teaching English in the schools. Okay, you know English and mathematics, let's say. But we want to move education back to the states. If you look at the states, if you look at some of the individual countries, Norway is a very strong educational country, but many. I think Iowa, and I think Indiana, and a lot of these states that are well-run states. We have a lot of them that are very well run. When they run their own educational program, I think it's going to, I think they'll be able to compete with anybody. Then you're going to have the badly run states, like a guy like Gavin Newscum [sic] in California, where he does a poor job, and he'll, but even in California, you'll give it to Riverside. You'll give it, you know, you'll give it to areas of California where I think they'll run a great school program. 

Last question on your transition, why have you declined to sign the ethics agreement as part of—

I don’t know anything about it. 

The ethics document. 

I don’t know. I would sign an ethics document.

Will you disclose who the donors are to your transition?

To my campaign?

No—to paying for the transition. 

Taylor Budowich: There will be an announcement on that this week.

I really, I have no problem disclosing anything. 

That’s great, Mr. President. 

Just so you know. I had heard this a couple of days ago. I have no problem. I'd rather disclose it right up front. I have no problem with it. 

I’ve got a question for you about the campaign. Was there a moment when you thought you might lose? 

I like not to think of that. The power of positive thinking, right? But there were some moments when, you know, there was, there was some bad things done in the campaign. There were a lot of fake polls. They were absolutely fake. Look at an example, a very good pollster was in Iowa, and I thought I was winning at the end. But it wasn't like she was a bad—she was great. For years, she was the best. She was the gold standard in Iowa. And then a couple of weeks before the election, she had me up four, and that brought it down way below the 18 or 19 that we thought we were, we were up with 18 or 19 points, which is, you know what I get, the farmers like me, but she did it in gradual steps. She did it up four. That was a big story, because I was only up four and then she did where I was down three, and that became headlines all over the place just before the election.

When you saw that, did you think you were going to lose? 

I thought it was a wrong poll, because we had an Emerson poll that had us up 18, you know. 

What was the darkest moment for you then in the campaign? 

By the way, I’m just using that as an example. I didn't think I was going to lose. I thought it was a dishonest poll, and we're going to probably prove that because, you know, we're taking people to court because we think, I think, we have an obligation to. When 60 minutes interviews my opponent, and that's a news program, that's their most important news program, and she gave a really horrible answer. That was a bad answer. And they took that answer and replaced it, and this is her speaking, and they replaced it with another answer from a half an hour later in the interview that had nothing to do, but it was a much better answer. That's really dishonest. 

Speaking of Kamala Harris. What do you think were her worst mistakes in the campaign? 

Taking the assignment. Number one, because you have to know what you're good at.

Did she make any tactical mistakes you think that cost her? 

I think that when she wouldn't talk to anybody, it shone a light on her. In other words, if she would have gone out and just did interviews where they're comparable to Steve, if there is anybody comparable, would say, could you do an interview here? An interview there? You know, she didn't do anything. And people said, Is there something wrong with her? Why would they? I mean, I'm doing this interview with you. I did interviews with, if I had the time, anybody that would ask, I'd do interviews. I think the Joe Rogan interview, you know, that went on for almost three and a half hours.

I watched the whole thing, sir, yes. 

Oh good, I hope you liked it. But I found it to be a pleasure to do it, you know. He was an interesting guy. I wish I could have even done it longer. I had a rally that I was two and a half hours late for in Michigan. It was very cold. And, you know, we didn't lose anybody. But I explained to him, Listen, I just did an interview. We got to win this thing and—but I was two and a half hours late. I didn't know it was going to be three. I thought it was going to be an hour or something. 

You had to wrap it up at the end.

I had to say, listen, I have a rally where you have thousands of people that are standing. I think one of the big advantages I had is the rallies. I think, you know, nobody else gets the people we had. We had the biggest rallies. Nobody's ever seen rallies like that, and they were enthusiastic rallies. And when you see that, and then somebody else comes to town the following day, and they have a few hundred people, you would say, you have a big advantage. But, but it's an interesting question when you ask about her. I think they made a big tactical mistake by literally not talking to the press, even if a really friendly, I mean, and they had almost all friendly, somebody would come up with a really friendly—like you guys, maybe—but a friendly interview, and they turned everybody down. They wouldn't do the basic. And people, including me, would start to say, is there something wrong with her? What's wrong? Why wouldn't you do some basic interviews? And then she had some pretty failed interviews, and maybe it was highlighted more than it would. In other words, if she did those same interviews, but she did another 15 interviews, you know, you wouldn't have really noticed it that much. 

The bad ones would have been drained out. 

She put so much emphasis on interviews. Somebody thought there was something wrong, and I don’t think she ever recovered from that. 

I’m going to shift to foreign policy. Have you spoken to Vladimir Putin since your election? 

I can’t tell you. I can’t tell you. It’s just inappropriate. 

If Ukraine doesn’t agree to a peace deal that you have said you will broker, will you cut military, humanitarian, and intelligence assistance to them?

The reason that I don’t like to tell you this is that, as a negotiator, when I sit down and talk to some very brilliant young people: young, young, young, young. Compared to me, you’re very young. But when I talk to people—when I start I think I have a very good plan to help, but when I start exposing that plan, it becomes almost a worthless plan.

Will you commit to protecting Ukrainian sovereignty, though, from Russia? 

I would like to see Ukraine—okay, ready? You have to go back a little bit further. It would have never happened if I were president. Would have never happened—

But it has happened. So the question people want to know is, Would you abandon Ukraine? 

It makes it so bad. And I had a meeting recently with a group of people from the government, where they come in and brief me, and I'm not speaking out of turn, the numbers of dead soldiers that have been killed in the last month are numbers that are staggering, both Russians and Ukrainians, and the amounts are fairly equal. You know, I know they like to say they weren't, but they're fairly equal, but the numbers of dead young soldiers lying on fields all over the place are staggering. It's crazy what's taking place. It's crazy. I disagree very vehemently with sending missiles hundreds of miles into Russia. Why are we doing that? We're just escalating this war and making it worse. That should not have been allowed to be done. Now they're doing not only missiles, but they're doing other types of weapons. And I think that's a very big mistake, very big mistake. But the level, the number of people dying is number one, not sustainable, and I'm talking on both sides. It’s really an advantage to both sides to get this thing done.

The question that many Americans and many people around the world have is, Will you abandon Ukraine? 

I want to reach an agreement, and the only way you're going to reach an agreement is not to abandon. You understand what that means, right?


Right. Well, no, tell me. 

Well, I just said it. You can't reach an agreement if you abandon, in my opinion. And I disagree with the whole thing, because it should have never happened. Putin would have never invaded Ukraine if I were president for numerous reasons. Number one, they drove up the oil price. When they drove up the oil price, they made it a profit-making situation for him, the oil price should have been driven down. If it was driven down, you wouldn't have had it wouldn't have started just for pure economic reasons. But when it hits $80, $85, and $90 a barrel. I mean, he made, he made a lot of money. I'm not saying it's a good thing, because he's also suffered, but they are moving forward. You know, this is a war that's been—this is a tragedy. This is death that's far greater than anyone knows. When the real numbers come out, you're going to see numbers that you're not going to believe.

Well, another war with a high death toll is happening in the Middle East. You reportedly told Prime Minister Netanyahu that you wanted him to end the war in Gaza before you took office. What did he say?

I think that, before I talk about that, I think that the Middle East is an easier problem to handle than what's happening with Russia and Ukraine. Okay, I just want to say that up front. The Middle East is going to get solved. The Middle East has been—it's a horrible thing. October 7 was a horrible thing. Everyone is forgetting conveniently about October 7, but that was a horrible day for the world, not for Israel, for the world. And I think the Middle East is going to get—as we speak, things are happening very productively on the Middle East. I think the Middle East is going to get solved. I think it's more complicated than the Russia-Ukraine, but I think it's, it’s, it’s easier to solve.

Did Netanyahu give you assurances about when he would end the war? 

Um, I don’t want to say that, but I think he feels confident that—I think he feels very confident in me, and I think he knows I want it to end. I want everything to end. I want, I don't want people killed, you know? I don't want people from either side killed, and that includes whether it's Russia, Ukraine, or whether it's the Palestinians and the Israelis and all of the, you know, the different entities that we have in the Middle East. There's so many different entities. But I don't want people killed. 

When you say productive things are happening, can you be more specific? 

No, I can’t. I mean, I'd love to be, I would so love to be, but I can't. I will be. We're going to sit down in a period of time, hopefully soon, and I'll tell you all the things that are happening. But there are some very productive things happening. I do think—okay, because I'm looking at two, two primary fronts, right? You have the Russia-Ukraine, and you have this, and there are other problems also. But look, when North Korea gets involved, that's another element that's a very complicating factor. And I know Kim Jong Un, I get along very well with Kim Jong Un. I'm probably the only one he's ever really dealt with. When you think about it, I am the only one he's ever dealt with. But you have a lot of very bad complicating factors there, but we'll sit down and we'll at the end of each of these, or both, maybe simultaneously, we'll sit down and I'll show you what a good job I did.

You mentioned the Palestinian people. In your first term, your administration put forward the most comprehensive plan for a two-state solution in a long time. Do you still support that plan?

I support a plan of peace, and it can take different forms. When I did the Abraham Accords, that should have been loaded up with people, you know. I made a statement. I think they didn't add one country. Think of it. They didn't add one country to the Abraham Accords. We had the four countries, very important countries, but that should have been loaded up with Middle Eastern countries. 

Do you still support a two-state solution?

I support whatever solution we can do to get peace. There are other ideas other than two state, but I support whatever, whatever is necessary to get not just peace, a lasting peace. It can't go on where every five years you end up in tragedy. There are other alternatives. 

Your incoming ambassador to Israel, Mike Huckabee, supports the settlement movement and Israel annexing the West Bank. The real question at the heart of this, sir, is, do you want to get a two-state deal done, outlined in your Peace to Prosperity deal that you put forward, or are you willing to let Israel annex the West Bank?

So what I want is a deal where there's going to be peace and where the killing stops.

Would you tell Israel—Bibi tried last time and you stopped him. Would you do it again this time? 

We’ll see what happens. Yeah, I did. I stopped him. But we'll see what happens. October 7 was a very terrible day. You know, October 7. People are forgetting about it. They don't ever mention. It was a tragic day. The other thing that's happening are the hostages, where are the hostages, why aren't they back? Well, they could be gone. They could be gone. I think Hamas is probably saying, Wow, the hostages are gone. That’s what they want. 

So there’s a scenario where you would allow Israel to annex the West Bank? 

I will—what I'm doing and what I'm saying again, I'll say it again, I want a long lasting peace. I'm not saying that's a very likely scenario, but I want a long lasting peace, a peace where we don't have an October 7 in another three years. And there are numerous ways you can do it. You can do it two state, but there are numerous ways it can be done. And I'd like to see, who can be happy? But I'd like to see everybody be happy. Everybody go about their lives, and people stop from dying. That includes on many different fronts. I mean, we have some tremendous world problems that we didn't have when I was president. You know, when I left, we had, we had an Iran that was not very threatening. They had no money. They weren't giving money to Hamas. They weren't giving money to Hezbollah.

Iran recently plotted to have you assassinated. What are the chances of going to war with Iran during your next term?

Anything can happen. Anything can happen. It's a very volatile situation. I think the most dangerous thing right now is what's happening, where Zelensky has decided, with the approval of, I assume, the President, to start shooting missiles into Russia. I think that’s a major escalation. I think it's a foolish decision. But I would imagine people are waiting until I get in before anything happens. I would imagine. I think that would be very smart to do that.

Do you trust Netanyahu?

I don’t trust anybody. 

Can I ask, Did Elon Musk meet with the Iranians at your behest? 

I don't know that he met with them.

Reportedly he met with the Iranians.

I don't know. He didn't tell me that.

Let's shift back to some domestic issues. Will you vow that your FDA will not do anything to limit access to medication abortion or abortion pills? 

Well, we’re going to take a look at all of that. That's why I'm here. We're going to take a look at all of that. 

So it’s possible they may? 

You’re talking about the abortion pill? 

I’m talking about the abortion pill. FDA approvals—

It’s unlikely, very unlikely. 

But possible? If they tried to, would you stop them?  

You know my stance from a long campaign. A long and hard campaign. I was against that. I was against that. Strongly against.

Can you be specific? Strongly against? 

Strongly against. You’re talking about the abortion pill.

You’re against the abortion pill?

No, I was against stopping it. 

Right. Okay, just to clarify.

So I don't see any reason why it changed, but somebody could come up with something that, you know, this horrible thing.

You won’t rule it out, though?

Look, I’ve stated it very clearly and I just stated it again very clearly. I think it would be highly unlikely. I can't imagine, but with, you know, we're looking at everything, but highly unlikely. I guess I could say probably as close to ruling it out as possible, but I don't want to. I don't want to do anything now. I want to do it at some point. There will be a time in the future where people are going to know everything about subjects like that, which are very complex subjects for people, because you have other people that, you know, they feel strongly both ways, really strongly both ways, and those are the things that are dividing up the country. But you know my stand from a very long, hard thing, and I think it's highly unlikely that I ever change that. Is it 100% unlikely that I change or that I stay— 

I think what the women of America want to know is, Are you committed to making sure that the FDA does not strip their ability to access abortion pills?

That would be my commitment. Yeah, it's always been my commitment.

Can I shift to the transgender issue? Obviously, sort of a major issue during the campaign. In 2016, you said that transgender people could use whatever bathroom they chose. Do you still feel that way?

When was that?

In 2016. 

I don’t want to get into the bathroom issue. Because it's a very small number of people we're talking about, and it's ripped apart our country, so they'll have to settle whatever the law finally agrees. I am a big believer in the Supreme Court, and I'm going to go by their rulings, and so far, I think their rulings have been rulings that people are going along with, but we're talking about a very small number of people, and we're talking about it, and it gets massive coverage, and it's not a lot of people. 

But on that note, there’s a big fight on this in Congress now. The incoming trans member from Delaware, Sarah McBride, says we should all be focused on more important issues. Do you agree?

I do agree with that. On that—absolutely. As I was saying, it's a small number of people.

It was a big issue, though, on the campaign. I mean, one of the ads that your campaign put the most money behind was the: Trump is for us and Harris is for they / them.

Well, it's true, Trump is for us.

Right. It obviously strikes a chord.

I mean, Trump is definitely for us, okay? And us is the vast, vast majority of people in this country. And also, I want to have all people treated fairly. You know, forget about majority or not majority. I want people to be treated well and fairly.

Last question on the trans issue. Will you reverse Biden's protections for trans kids under Title Nine?

I'm going to look at it very closely. We're looking at it right now. We're gonna look at it. We're gonna look at everything. Look, the country is torn apart. We're gonna look at everything.

Do you plan to fire your hand-picked FBI director, Christopher Wray?

I'll be announcing something in the future. I'm looking at people, and we'll make a decision in the not-too-distant future.

Are you considering Kash Patel as a replacement? 

Yes, I am. One of the people, yeah. 

[Editor's note: On Nov. 30, Trump announced he intends to nominate Patel to be FBI director.]

Have you decided yet whether you're going to pardon all of the January 6 defendants?

Yes.

You’re going to do all of them? 

I'm going to do case-by-case, and if they were non-violent, I think they've been greatly punished. And the answer is I will be doing that, yeah, I'm going to look if there's some that really were out of control.

So you will not include those who committed violent acts? 

Well, we're going to look at each individual case, and we're going to do it very quickly, and it's going to start in the first hour that I get into office. And a vast majority of them should not be in jail. A vast majority should not be in jail, and they've suffered gravely. And I say, why is it that in Portland and in many other places, Minneapolis, why is it that nothing happened with them and they actually caused death and destruction at levels not seen before? So you know, if you take a look at what happened in Seattle, you had people die, you had a lot of death, and nothing happened, and these people have been treated really, really badly. Yeah, it's an important issue for me. They've suffered greatly, and in many cases they should not have suffered.

We're sitting here moments after Jack Smith dropped the case against you. Over the course of the campaign, you vowed to or suggested prosecuting a long list of political rivals, whether it's Joe Biden, Nancy Pelosi, Jack Smith, Alvin Bragg, Adam Schiff, Mark Milley. Did you raise these prosecutions of these people with Pam Bondi?

No.

You haven’t spoken to her about it?

No.

How do you expect her to proceed? 

I think she's going to be fair to everybody. She's very respected. She's a very, very smart and even brilliant person. She was a successful at the highest level Attorney General—

Are there going to be investigations of these subjects, of these people?

That’s up to her. That’ll be up to her. 

Steven Cheung: We’re coming up on 45 minutes. 

Is there anything positive we can talk about? 

Actually we do, but it’s a complicated world. Let’s do some rapid fire questions—

I did win the greatest election that a lot of people say we had in hundreds of years. 

Well, here's something we can talk about. The GOP will have full control of Congress. You're gonna have a governing trifecta after you won. What are your first priorities in Congress?

Well, my first priorities are, I don't really need Congress for it, frankly, securing the border and drilling for oil.

Are you going to push for any major legislation in your first year in office?

Yeah, sure. 

What will that be? 

Well, we have to extend the tax cuts, very importantly. I think it's a very important thing, but, and our Secretary of Treasury has been really well received, as you see by the stock market, et cetera, but very important, we have to extend the tax cuts. But you know, a lot of the things when, when the Democrats were saying, you know, they need Congress to secure the border. They don't need Congress. All you have to do is say, I want the border secured. I had the most secure border we've ever had, and I never had to go to Congress for it.

Do you think Clarence Thomas and Samuel Alito should resign in the next two years so you can appoint younger successors? 

I think they're incredible, actually. So that's up to them, but I think they're incredible. I think they've been great justices.

Everyone across the political spectrum recognizes the nature of your comeback, the historical nature of comeback, your resilience. What do you understand about the American psyche that your opponents do not?

See, I don't view it as a comeback. And people have said it was the greatest comeback in political history, and beyond even political history plus. They said, add sports and add everything else. But I don't view it that way. I think I ran a great campaign. I think I was popular. I think I did a very good job the first term. We got hit by COVID at the end. But even with COVID, we did a very, very good job that people are starting to recognize. But you take a look at those first few years, we've never had an economy even even close to that. So I don't, I don't view it as a comeback. I know it's considered that. I should allow it to be that, and I will allow it to be that. But, you know, come back from what? I've always been here, you know. 

I think more the point that sort of the question was driving at is, you know, you've won twice now.

Right. 

You've realigned both political parties, you've changed America. There's got to be something that you understand about winning votes or the American people that your opponents maybe don't give you credit for. And I guess I'm curious what that is. 

It’s, you know, I think people want to lead a good life. I think they want to be able to buy groceries at a reasonable price and not have to turn off their heat in order to buy two apples. I think that, I think that people want security. I don't think people want to have our borders rushed by—it's really an invasion of our country by foreign countries, and not just South America. I mean, these are countries all over the world. It's really, I think our people want common sense applied to their life, and they don't want to see a girl be beat up in a boxing ring by a man, as happens. They don't want to see somebody in a weight lifting contest, a woman against a man. It makes no sense. They don't want to see, you know, men playing in women's sports. They don't. They don't want to see all of this transgender, which is, it's just taken over. And then you take a look, and not very many years after the person who went through this process is saying, Who did this to me? As you know, it's a very high percentage. I really think that the people of this country have tremendous hearts. They understand and they want common sense applied to their lives. Most of the things I talk about are common sense. They don't want to see their food prices go up by 57% in a short period of time. And I think that's why I won. I think—I think that's why I won. The Republican Party has become the party of common sense, and it's so many of the things I mentioned, and other things too. They don't want to have all electric cars. They might want an electric car. Electric cars are great, but they're not for everybody. They also want gasoline-powered cars or hybrids or anything else that happens to come out. They don't want to have a mandate on cars where they're forced to buy a car that they don't want. There are so many things. I mean, they're too innumerable. There's too many to mention. I could go on all day long giving you crazy, crazy stats—

But your appeal pre-exists a lot of this stuff—

Yeah, Eric, but in the end, they want to see our country run with common sense. They don't want to be invaded by 100 and 182 at this moment. We've had during the course of the last three years—182, people don't realize how many countries there are. There are a lot of countries, 182 is not even close to the number, okay, but we had 182 countries where people invaded our country, essentially invaded our country. We don't know who they are, we don't know where they are. We don't know anything about them. They just walk into our country and they take over. You see what's happening with the Venezuelan gangs. They're in all—they're in many different states. They're in like 12 states as of this moment, and they are causing tremendous havoc and violence. People don't want that.

I know that obviously you're only about to enter office, but I'm sort of curious about kind of the legacy component. Lindsey Graham says Trump's policies don't work without Trump. You said that you believe in some ways that's true. If that's the case, how does MAGA endure as a political movement after you leave office in four years? 

Well, my policies—I heard that statement. I thought it was actually a very interesting statement. We can use the same words, but maybe it's a look in your eye that works. You know, for a country like Mexico, we're not going to allow Mexico to continue to invade our country by allowing people to be dropped off in Mexico and come into the United States. We're not going to allow that to happen. And I will say it to Mexico one way, and somebody will say the same thing to Mexico another way, and maybe my way is accepted, and somebody else, with the same words, it's not accepted. So I sort of agree with him, but there are others that maybe can do it, maybe they can't do it as well, but my policies work. I mean, my policies work. We have to be—what's happening with the people coming through Mexico and Canada also, you know, we can't forget Canada. We have tremendous illegal immigration coming in through Canada. Drugs are coming in through Canada in large numbers. We're not going to allow that to happen. And I'll take action against Canada and Mexico. We're not going to allow this to happen.

You have galvanized a social and political movement that has transformed this country. What do you think will happen to the MAGA movement when you leave office or when you are no longer on the scene? 

Well, I hope when I leave office, I'll be able to also leave people that are extremely competent and get it. And we do have those people. We have far more than you think. We have some great warriors. We have some great people that want to see this country take care of—

Do those people include members of your family?

Say it.

Do those people include members of your family? 

I think, yeah, I have some very competent members of my family. My kids are very competent. I don't know that they're going to choose to go through this. They've been treated very badly. I mean, my son Don has spent hours and hours in front of, essentially, grand juries and Congress over something he never had anything to do with: Russia. He'd come back and say, “Dad, I have nothing to do with Russia.” He didn't know anything about Russia, and it would turn out to be a hoax. 

He’s very politically active. 

He is. 

Do you think he might have a future in politics? 

I think he’d do well, especially in certain areas. I think he'd do very well. I think he's a very capable guy. Eric is very capable, and a very different type. Lara. You look at some of these people. Ivanka would be, if she wanted to be, would be a superstar in politics. I think she, she, she's a great person. I think she probably, she's so family-oriented, Ivanka, and I understand that also it makes it more difficult. It makes it definitely more difficult. But, you know, they're very capable people. Well, they have a name, which seems to be a very good name. 

Do you think there will be a Trump dynasty?

I think there could be, yeah. I see the people we're talking about. Lara has been amazing. Look, she was the head of the Republican Party. She's a young, a young woman, and she was the head of the Republican Party. And look at the job we did. This cheating would have been breathtaking, breathtaking. And we, we, we got it down to a minimum. And they cheat, but we got it down to a minimum. They were very effective. The RNC was very, very effective.

What would your father think of your political comeback?

I think he maybe would not call it a comeback. He would have said it's just Donald. 

But what would he think of your political career?

Oh, he would have been amazed, yeah. My father would have been amazed, because my father didn't make speeches. He didn't make, you know, it wasn't, he probably could have done it well, but it wouldn't have been his thing. I don't think it would have been his thing. It's sort of a combination of both the mother and the father. You needed a lot of energy to do that. You know, I did, I did rallies. We did, what, 12 rallies in three days, and these were full rallies. Because, you know, when people are waiting for two days and three days to get in, you can't do—people say, Well, maybe you keep it down to 25 minutes or 15 minutes. If I ever went up for 15 minutes, they're waiting for days. You know, they have tents. We had many people that followed the rallies. They followed it and it'll never happen again. It’s sad in a way. It will never happen again. 

You get some things from your father. What do you get from your mother? 

So my mother was a woman. She was born in Scotland. She had great respect for the queen, Queen Elizabeth. It was a long time. She was there for 75 years. And she liked the pomp and ceremony. She thought it was a good thing, not a bad thing. But she was glamorous and my father was hard nosed. It’s sort of an interesting combination. Maybe there's a combination. Here we sit in Mar a Lago. Maybe there's a combination of that.

Will the First Lady be joining you at the White House for this term? 

Oh yes. She was, she was very, she actually became very active towards the end, as you saw with interviews. And she does—she does them well. People really watch. She's very beloved by the people, Melania. And they like the fact that she's not out there in your face all the time for many reasons. Many political people have that, you know. But she's, she's really, they really like her. They really love her. Actually, in many ways, when I make speeches, we love our First Lady.  they have signs, we love our First Lady. No, she'll be–she'll be active, when she needs to be, when she needs to be.

I’ve been keeping a list, Mr. President, of things you mentioned that you intend to do early in your administration. It sounds like a reasonable number of things: turning the Department of Education virtual. 

Well, virtual, turning it back to the states. 

J6 pardons. Do you have in mind what the first 24 to 48 hours will look like?

I'll be looking at J6 early on, maybe the first nine minutes. I'll be looking at oil prices bringing down, you know, coming down very substantially—meaning energy, energy costs coming down. And with energy comes everything else. See, they really hurt themselves. It went away from my energy policies, totally. It was going to crash. The numbers were through the roof. And then they went back to them. They said, Okay, just let it be. That was the difference between the energy, what they did on energy, and what they did at the border. At the border, they just opened it up to the world. They didn't stop it. You know, we had Remain in Mexico. We had—that border was in was in great shape. Not easy to do. But on that one, they just said, open it up. And they didn't change. They just did that. With energy, they opened, you saw what was going on. The energy was going through the roof. And then they said, just go back to Trump's policy. And they went back. Now the difference is that I would have had three times as much now. They have essentially, sort of, they tried to get to equal but if they didn't do that, you'd have energy, you'd have you'd have inflation that would have been much worse than it is. And it already was probably the worst this country has ever had. We've had the inflation. They lost on inflation, they lost on immigration, they lost on—as a part of immigration, I think a very big part is the border, the border itself. You know, if you can self subdivide the word immigration. They lost on the economy. But it was a different kind of—it was the economy as it pertains to groceries and small things that are actually big things for a family.

If the prices of groceries don't come down, will your presidency be a failure?

I don't think so. Look, they got them up. I'd like to bring them down. It's hard to bring things down once they're up. You know, it's very hard. But I think that they will. I think that energy is going to bring them down. I think a better supply chain is going to bring them down. You know, the supply chain is still broken. It's broken. You see it. You go out to the docks and you see all these containers. And I own property in California, in Palos Verdes. They're very nice. And I passed the docks, and I've been doing it for 20 years. I've never seen anything like it. You know, for 17 years, I saw containers and, you know, they'd come off and they'd be taken away—big areas, you know, you know, in that area, you know, where they have the big, the big ships coming in—big, the port. And I'd see this for years as I was out there inspecting property and things, because they own a lot in California. And I look down and I see containers that are, that are 12, 13, 14 containers. You wouldn't believe they can hold each other. It's like crazy. No, the supply chain is is broken. I think a very bad thing is this, what they're doing with the cars. I think they lost also because of cars. You know, there are a lot of reasons, but the car mandate is a disaster. The electric, the EV mandate.

And does Elon agree with that? 

Oh, it’s very interesting. I tell people that Elon is a friend of mine. He's a great guy. Gave me the best endorsement you could ever have. And here I am talking against the electric car. Think of that. But see, I'm not really talking against the electric car, because the electric car, I think, is fantastic for some people, for a slice of the audience, but not for 100% and, you know that Elon, a big part of his business is the Tesla, which is a great car, but Elon has never once, it's actually hard to believe. He's never once even talked about the subject. He'll hear me speaking, you know, speaking, “We must stop. I will immediately terminate the mandate.” Because I think he thinks I'm right. I'm a big fan of the electric car, but not for everyone.

Some people say his competitors benefit from the mandate. He's got the head start.

He makes a great product.

But I do think it’s interesting, because when he talks about how he came to be such a full-throated supporter of yours, it's cultural issues that are core to that. And I think that when you kind of give your taxonomy of the reasons why you won that—I mean, you did, you mentioned the trans issues, but I feel like it's one that also was, was integral in a lot of ways, it seemed.

So he was not, he wasn't a—

No, he described himself like, basically, a moderate Democrat, a centrist, more or less.

He was a Democrat. And I think over time—you know, something happened when I got shot. I got called by people that weren't fans, and they became fans. And I don't view it as bravery. I view it as whatever it was that it was, you know, but, but something happened, and I think that sped up. I think Elon was getting there, but I think it sped up the process a lot with him and many other people. Mark Zuckerberg—

Budowich: It’s now five a clock. We’ve got about 12 meetings left. 

I’m curious. You have control of Congress, both houses. Much of your agenda is executive driven. Why? 

Um…

You have the power to do things legislatively.

Yeah?

 So why is so much of your agenda executive driven?

 I don't know what you mean by that. 

Well, you said lots of what you can do is without—

Oh, like executive orders. 

Yeah. 

Well, I think that Congress should have behaved differently when it came to the border. I ended up taking the money. You know, I built, you know, hundreds of miles of wall, but I took it from the military because I considered it an invasion. I got—look, I passed the biggest tax cuts ever, bigger than the Reagan tax cuts. I passed a lot of things in Congress, but I also did a lot of executive orders. I think that this Congress is going to be a better Congress for me. I didn't get along with Paul Ryan. I didn't like him. I didn't respect him. I didn't get along with Mitch McConnell, and I thought it was—I thought some of the things that he did were terrible. The way he was handing out money for the Green New Deal was just terrible. I do get along with, I mean, it's a new relationship, essentially, because we didn't really know each other very well. But I do get along with Sen. Thune. I do get along with Mike Johnson. I think, you know, Mike is doing a really good job. Both of them are doing a good job. If I have, if I have even a little bit of trouble, I go to an executive order because I can get it done. And some of the things I did as an executive order, I had them approved then later on through Congress. In other words, I'd get it done now and get it—look, the great thing about an executive order is you can do it, get it done immediately. The bad thing, or the good thing, depending on where you're coming from, is you can undo it. Look, I can undo almost everything Biden did, he through executive order. And on day one, much of that will be undone.

Do you support ending the filibuster?

I want to leave the Supreme Court the way it is, most importantly. The filibuster is a mechanism that you're not going to totally overturn every single thing that was ever done. You know, it makes it very difficult in the Senate. It makes it very, very difficult to overturn things. Now, in one way, that's good. In another way, maybe you'd say it's bad. But you know, some of the things—I have great respect for Manchin and for Sinema, for the fact that they really held out. Look, she lost her career because of it. And you could say he maybe lost his career because of it. Actually, he became hotter because of it. And then he made the mistake of going for the Inflation Creation Act—which is my nickname, by the way, for the Inflation Reduction Act. Had he not gone for that because he was very popular. But no, I—and I think we have to do, we have. Our Supreme Court was under siege, and perhaps it still is, but now they don't have, now the other side doesn't have the power to do. I mean, I've heard as many as 25 justices, and they were all psyched. They were going to do a number on our Supreme Court that now it's not going to happen.

Cheung: Let me just interject here. But we’ve got to make this the last question. 

So I have respect for the filibuster. 

You’d want to keep it in place? 

Yes.

I want to go back to that moment you talked about, Mr. President, how people changed when you were shot. I'm curious how you changed.

I try not to think about it. That was a big moment. It was a big moment. I had a big crowd. We had 55,000 people RSVPed. We had 107,000 when we had the memorial a few weeks later, but we had a few months later actually. When you think, late October, yeah. We had, I think it was a very big moment. I think a lot of people changed with that moment. I think a lot of people became much more religious in that moment.

Is that true of you? 

I think I have family members that became more of a believer than they would have been. A lot of people, a lot of people change. That was—that was a horrible day, it was a horrible moment in our country, but I think it, it did change a lot of a lot of minds. 

Thank you so much, Mr. President.

Thank you very much. `; 