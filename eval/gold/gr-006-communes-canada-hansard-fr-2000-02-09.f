36 e Législature, 2 ième Session 
HANSARD RÉVISÉ * NUMÉRO 45 
TABLE DES MATIÈRES 
Le mercredi 9 février 2000 
DÉCLARATIONS DE DÉPUTÉS 
LES EAST COAST MUSIC AWARDS 
L'hon. Andy Scott 
LE GOUVERNEMENT LIBÉRAL 
M. Rick Casson 
LA JOURNÉE BRAILLE 
M. Mac Harb 
L'ANNÉE DU DRAGON 
Mme Sophia Leung 
LE SYSTÈME DE JUSTICE PÉNALE POUR LES ADOLESCENTS 
M. Chuck Cadman 
DÉVELOPPEMENT DES RESSOURCES HUMAINES CANADA 
Mme Eleni Bakopanos 
Mme Christiane Gagnon 
LE PROGRAMME D'ÉCHANGE D'ÉTUDIANTS DE LA INUUJAQ SCHOOL 
Mme Nancy Karetak-Lindell 
LE BÉNÉVOLAT 
Mme Marlene Jennings 
M. Rahim Jaffer 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
M. Benoît Serré 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
M. Peter Mancini 
LE PROJET DE LOI C-20 
M. Bernard Bigras 
LA JOURNÉE D'AFFRANCHISSEMENT DE LA NOTE D'ÉPICERIE 
Mme Rose-Marie Ur 
LES SOINS DE SANTÉ 
M. Norman Doyle 
LA MARINE MARCHANDE 
M. Raymond Lavigne 
QUESTIONS ORALES 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
Mme Deborah Grey 
L'hon. Jane Stewart 
Mme Deborah Grey 
L'hon. Jane Stewart 
Mme Deborah Grey 
L'hon. Jane Stewart 
Mme Diane Ablonczy 
Le très hon. Jean Chrétien 
Mme Diane Ablonczy 
Le très hon. Jean Chrétien 
LE PROJET DE LOI C-20 
M. Gilles Duceppe 
Le très hon. Jean Chrétien 
M. Gilles Duceppe 
Le très hon. Jean Chrétien 
M. Daniel Turp 
L'hon. Don Boudria 
M. Daniel Turp 
L'hon. Stéphane Dion 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
Mme Alexa McDonough 
Le très hon. Jean Chrétien 
Mme Alexa McDonough 
L'hon. Jane Stewart 
M. Peter MacKay 
L'hon. Jane Stewart 
M. Peter MacKay 
L'hon. Jane Stewart 
M. Monte Solberg 
L'hon. Jane Stewart 
M. Monte Solberg 
L'hon. Jane Stewart 
M. Paul Crête 
Le très hon. Jean Chrétien 
M. Paul Crête 
Le très hon. Jean Chrétien 
M. Dale Johnston 
L'hon. Jane Stewart 
M. Dale Johnston 
L'hon. Jane Stewart 
M. Michel Gauthier 
L'hon. Jane Stewart 
M. Michel Gauthier 
L'hon. Lucienne Robillard 
M. Jason Kenney 
L'hon. Jane Stewart 
M. Jason Kenney 
Le très hon. Jean Chrétien 
Mme Suzanne Tremblay 
L'hon. Jane Stewart 
LE PRIX DE L'ESSENCE 
M. Guy St-Julien 
L'hon. John Manley 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
M. Lee Morrison 
L'hon. Jane Stewart 
M. John Duncan 
L'hon. Jane Stewart 
M. Pat Martin 
Le très hon. Jean Chrétien 
M. Pat Martin 
Le très hon. Jean Chrétien 
M. Jean Dubé 
Le très hon. Jean Chrétien 
M. Jean Dubé 
Le très hon. Jean Chrétien 
LE BUDGET 
M. Monte Solberg 
L'hon. Paul Martin 
LA CHAMBRE DES COMMUNES 
Le Président 
RECOURS AU RÈGLEMENT 
Les questions et les réponses 
M. Derrek Konrad 
Le Président 
AFFAIRES COURANTES 
LES NOMINATIONS PAR DÉCRET 
M. Derek Lee 
RÉPONSE DU GOUVERNEMENT À DES PÉTITIONS 
M. Derek Lee 
COMITÉS DE LA CHAMBRE 
Procédure et affaires de la Chambre 
M. Derek Lee 
Projet de loi C-421. 
Présentation et première lecture 
L'hon. Charles Caccia 
LE CODE CRIMINEL 
Projet de loi C-422. 
Présentation et première lecture 
M. Maurice Vellacott 
LES COMITÉS DE LA CHAMBRE 
Bibliothèque du Parlement 
M. Raymond Lavigne 
Procédure et affaires de la Chambre 
M. Derek Lee 
Comptes publics 
Motion d'approbation 
M. Monte Solberg 
M. Benoît Sauvageau 
M. Gary Lunn 
M. Paul Crête 
M. Derek Lee 
(Vote 665) 
Adoption de la motion 
MESSAGE DU SÉNAT 
Le Président 
INITIATIVES MINISTÉRIELLES 
LA LOI SUR LE CASIER JUDICIAIRE 
Projet de loi C-7. 
Deuxième lecture et approbation des amendements du Sénat 
L'hon. Don Boudria 
M. Jacques Saada 
M. Eric Lowther 
LOI DONNANT EFFET À L'EXIGENCE DE CLARTÉ FORMULÉE PAR LA 
Projet de loi C-20-Avis de motion concernant l'attribution 
L'hon. Don Boudria 
LA LOI SUR LE CASIER JUDICIAIRE 
Mme Pierrette Venne 
INITIATIVES PARLEMENTAIRES 
LOI DE 1999 SUR LA CONSTRUCTION NAVALE 
Projet de loi C-213. 
Deuxième lecture 
M. René Canuel 
M. Ken Epp 
M. John Herron 
M. Yvon Godin 
M. Walt Lastewka 
M. Louis Plamondon 
MOTION D'AJOURNEMENT 
La Commission de l'immigration et du statut de réfugié 
M. David Price 
M. Andrew Telegdi 
(Version officielle) 
HANSARD RÉVISÉ * NUMÉRO 45 
CHAMBRE DES COMMUNES 
Le mercredi 9 février 2000 
La séance est ouverte à 14 heures.  
Prière 
Le Président:
Comme le veut l'usage le mercredi, nous chanterons Ô Canada sous la conduite de la députée de Saint John.  
[ Note de la rédaction:
Les députés se lèvent et chantent Ô Canada.] 
DÉCLARATIONS DE DÉPUTÉS 
LES EAST COAST MUSIC AWARDS 
L'hon. Andy Scott (Fredericton, Lib.):
Monsieur le Président, j'ai le plaisir de prendre la parole aujourd'hui afin de féliciter les musiciens du Canada atlantique à l'occasion de la 12e cérémonie annuelle de remise des East Coast Music Awards, qui a eu lieu à Sydney dimanche soir dernier.  
La manifestation se voulait un vibrant hommage à la musique traditionnelle et contemporaine émanant de la côte est. 
Comme la musique a été un puissant facteur d'identité dans les Maritimes, il est gratifiant de constater qu'ils sont nombreux nos artistes de valeur.  
* * * 
LE GOUVERNEMENT LIBÉRAL 
M. Rick Casson (Lethbridge, Réf.): 
Monsieur le Président, le mois dernier, j'ai eu le plaisir de prendre part à plusieurs réunions de l'Action for Struggling Agriculture Producers qui ont eu lieu dans le sud de l'Alberta.  
Je tiens à remercier les centaines d'agriculteurs qui ont assisté à ces réunions et sont venus m'entretenir de la crise du revenu agricole. 
Pendant que je sillonnais ma circonscription et le pays, je me suis fait dire à maintes reprises que le gouvernement libéral avait complètement perdu contact avec la réalité que vivent les Canadiens. 
Ce gouvernement arrogant a tourné le dos aux agriculteurs après avoir promis de leur venir en aide. 
Il a tourné le dos aux familles après avoir promis de baisser les impôts alors qu'en secret il les a augmentés. 
Il a tourné le dos aux malades après avoir promis de défendre l'assurance-maladie alors qu'il jetait des millions de dollars par la fenêtre.  
Les Canadiens paient les impôts les plus élevés de l'Occident et qu'obtiennent-ils en retour? 
Un gouvernement libéral arrogant, coupé de la réalité, qui dépense à coups de milliards l'argent que les contribuables ont gagné en travaillant à la sueur de leur front.  
Le moment est venu de rétablir l'espoir. 
L'heure est au changement.  
* * * 
LA JOURNÉE BRAILLE 
M. Mac Harb (Ottawa-Centre, Lib.):
Monsieur le Président, c'est aujourd'hui la première Journée Braille, promulguée par notre vice-premier ministre.  
Nous rendons hommage aujourd'hui à la mémoire de Louis Braille. 
C'est à lui que nous devons la création d'un système de six points saillants qui a révolutionné dans le monde entier la vie des aveugles et des personnes ayant une déficience visuelle.  
Grâce à une combinaison de six points magiques, une personne aveugle est capable de lire. 
La capacité de lire un message imprimé ouvre d'innombrables portes.  
La Journée Braille est une occasion de souligner l'importance de cette invention et son impact sur l'alphabétisme.  
J'invite mes collègues à se joindre à moi en ce jour de célébration. 
Le thème de cette année est Braille égale Égalité.  
* * * 
L'ANNÉE DU DRAGON 
Mme Sophia Leung (Vancouver Kingsway, Lib.):
Monsieur le Président, cette année est l'année du Dragon. 
Le dragon symbolise la vitalité, la prospérité et le pouvoir.  
L'entrée du dragon dans ce nouveau siècle signifie une année fantastique pour les communautés chinoises au Canada et dans le monde entier. 
C'est l'occasion où jamais de célébrer la richesse de la culture chinoise et les contributions des Canadiens chinois. 
Les célébrations permettront de mieux comprendre et apprécier la diversité et la société multiculturelle du Canada.  
En cette année du Dragon, je vous souhaite à tous santé, prospérité et succès.  
* * * 
LE SYSTÈME DE JUSTICE PÉNALE POUR LES ADOLESCENTS 
M. Chuck Cadman (Surrey-Nord, Réf.): 
Monsieur le Président, les Canadiens en ont assez d'entendre le gouvernement promettre de présenter un texte de loi qui soit efficace en matière de système de justice pénale pour les adolescents.  
Bientôt, cela fera trois ans que la ministre de la Justice détient cette charge. 
Après l'avoir promis des mois durant, elle a enfin présenté les projets de loi C-68 et C-3 pour remplacer la Loi sur les jeunes contrevenants, qui avait suscité de fortes controverses.  
Il a longuement été question dans les communiqués publiés à ce sujet de sévir plus durement contre les contrevenants. 
Or les Canadiens découvrent aujourd'hui que ces initiatives favorisent encore trop d'indulgence à l'égard des jeunes contrevenants violents.  
Les Canadiens commencent à ruer dans les brancards. 
Deux individus, Bruce McGloan de Calgary et Joseph Wamback de Newmarket en Ontario, ont conjugué leurs efforts pour faire signer des pétitions contestant les initiatives ministérielles en matière de justice pénale pour les adolescents. 
À ce jour, ils comptent des centaines de milliers de partisans.  
Ces hommes ne sont que deux parmi un grand nombre de personnes qui ont souffert des conséquences de crimes violents perpétrés contre leurs enfants. 
Bruce a perdu son fils, mort aux mains d'un jeune assassin. 
Le fils de Joseph souffre, pour sa part, de paralysie par suite d'une violente agression. 
Il convient de féliciter ces deux pères pour leurs efforts, et de rappeler au gouvernement ses piètres initiatives dans le domaine.  
* * * 
DÉVELOPPEMENT DES RESSOURCES HUMAINES CANADA 
Mme Eleni Bakopanos (Ahuntsic, Lib.):
Monsieur le Président, j'aimerais souligner aujourd'hui l'importance et la nécessité des programmes de Développement des ressources humaines Canada, entre autres, le Fonds canadien pour la création d'emplois.  
Il est nécessaire de clarifier que le mandat du Fonds en question est de créer des emplois et de donner un soutien financier au secteur privé industriel afin de pouvoir concurrencer avec les entreprises à l'échelle mondiale.  
Depuis son arrivée au pouvoir, le gouvernement a créé plus de 1,7 million d'emplois. 
Dans ma circonscription, les fabricants de textiles, dont Christina Canada, Tricot Exclusive et Heritage Decoys, ont créé 239 emplois. 
En 1998-1999, il a été créé dans ma circonscription 291 emplois en tout.  
Ce n'est là qu'un seul programme dans une seule circonscription, mais je suis en mesure de vous parler de tous les autres programmes du ministère du Développement des ressources humaines, qui aident les Canadiens à trouver du travail, les jeunes décrocheurs à acquérir les compétences utiles sur le marché du travail, et les handicapés et les analphabètes à devenir des membres productifs de la société. 
Comment expliquer alors que l'opposition s'en prenne à ces programmes dont les bienfaits sont aussi nombreux pour tant de Canadiens? 
* * * 
Mme Christiane Gagnon (Québec, BQ):
Monsieur le Président, cet après-midi, Gilles Kègle, un citoyen remarquable de ma circonscription de Québec, deviendra membre de l'Ordre du Canada.  
Celui que l'on surnomme affectueusement l'ami des pauvres, l'infirmier de la rue ou encore le chevalier des miséreux a consacré, depuis 1986, toutes ses énergies à soulager la misère humaine dans le quartier Saint-Roch, à Québec.  
Cet homme travaille sans relâche bénévolement 16 heures par jour, sept jours par semaine, auprès des personnes âgées et déshéritées du quartier Saint-Roch. 
La Maison Gilles-Kègle, qu'il a mise sur pied, est à la fois une cuisine, une buanderie, un dispensaire, une infirmerie et un lieu de ralliement pour l'équipe des 77 bénévoles que constitue les Missionnaires de la paix. 
De nombreux témoignages de reconnaissance ont souligné et continuent de souligner le dévouement de cet homme modeste, un dévouement sans borne qui place l'espoir et la dignité dans le coeur des milliers de personnes abandonnées dont il est allé à la rencontre.  
À Gilles Kègle et à ses Missionnaires de la paix, merci de placer l'être humain au coeur de votre action.  
* * * 
LE PROGRAMME D'ÉCHANGE D'ÉTUDIANTS DE LA INUUJAQ SCHOOL 
Mme Nancy Karetak-Lindell (Nunavut, Lib.):
Monsieur le Président, je veux souhaiter la bienvenue à Ottawa à des élèves de l'Inuujaq School, à Arctic Bay, au Nunavut, qui participent à un programme d'échange avec des élèves de la Hillcrest High School.  
Ces élèves de l'Inuujaq School sont d'excellents modèles de fonction professionnelle pour les jeunes du Nunavut, car ce sont des personnes altruistes qui ont fait preuve de beaucoup d'initiative dans leurs diverses entreprises. 
En tant que bénévoles au Café sans but lucratif de leur école, ils ont amassé des fonds pour de nombreuses causes valables et ont donné de la joie à beaucoup de monde.  
Je souhaite aux élèves du programme d'échange de la Inuujaq School et de la Hillcrest High School que leurs entreprises continuent d'être couronnées de succès. 
Je sais qu'ils garderont toute leur vie le souvenir de cette expérience. 
Merci. 
Mutna.  
* * * 
LE BÉNÉVOLAT 
Mme Marlene Jennings (Notre-Dame-de-Grâce-Lachine, Lib.):
Monsieur le Président, lundi, 25 personnes de la région de Montréal étaient honorées par le Gouverneur général. 
Ces personnes ont accompli différents gestes qui en ont aidé d'autres, des exemples de solidarité qui nous rappellent que l'entraide a toujours sa place dans une société comme la nôtre.  
Ces bénévoles se sont faits remarquer en posant des gestes parfois simples en apparence qui représentent presqu'une bénédiction pour les personnes qui en bénéficient.  
Cette occasion de célébrer des «héros inconnus» devrait nous faire comprendre qu'il est possible pour chacun de nous de devenir également un héros sur le plan personnel en posant, au moment approprié, un geste d'entraide ou de courtoisie dans le cadre de nos tâches quotidiennes.  
Je voulais souligner, à mon tour, cette capacité que nous avons de faire preuve de générosité et de chaleur humaine à une époque où nous cherchons à renouer avec certaines valeurs du passé pour en tirer un bon côté, soit celui d'une société un peu plus humanisée.  
* * * 
M. Rahim Jaffer (Edmonton-Strathcona, Réf.): 
Monsieur le Président, je veux rendre ici hommage à Doug Henning, qui est décédé hier.  
Doug est né en 1947 à Winnipeg, un lieu 
Qu'il dirait lui-même un peu trop loin des cieux.  
Enfant, les tours de magie le fascinaient, puis 
Il a été connu pour ses trucs psychédéliques et hippys.  
Ses amis et ses héros n'étaient pas des moins-que-rien: 
Houdini, Ivan Reitman et Martin Short, le Canadien.  
«Lévitation» il était devenu avec un numéro qui partout 
Lui avait valu renommée et de nombreuses ovations debout.  
Rêvait d'être, de la Loi naturelle, le politicien.  
J'aurais bien voulu que, par un tour de passe-passe, 
Il hisse le gouvernement vers de nouveaux espaces.  
Doug, tu t'es élevé dans la gaieté et l'audace, 
Si seulement nous voyions le monde à travers tes yeux!  
C'est avec tristesse que nous te faisons nos adieux.  
Que tes nouvelles ailes te mènent au plus haut des cieux!  
* * * 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
M. Benoît Serré (Timiskaming-Cochrane, Lib.):
Monsieur le Président, dans ma circonscription de Timiskaming-Cochrane, les collectivités soutiennent à 100 p. 100 DRHC. 
Voici des messages que j'ai reçus.  
De la ville de Cochrane: «J'espère que le gouvernement fédéral va poursuivre ce programme en dépit de la réputation négative que lui ont donnée les partis de l'opposition.»  
De la ville de New Liskeard: «Je demande que vous continuiez d'appuyer les programmes d'aide financière afin d'améliorer la qualité de vie dans Timiskaming-Cochrane.»  
De la Cochrane Public Utilities Commission: «Sans l'aide DRHC, 76 personnes seraient encore sans emploi à Cochrane.»  
De la ville de Iroquois Falls: «Soyez assurés de l'entier appui de ma communauté à ce sujet.»  
De la ville de Kirland Lake: «J'aimerais exprimer mon appui à la ministre de DRHC.»  
Enfin, un message de la ville de Charlton dit ceci: «Nous aimerions appuyer notre député dans son combat contre l'opposition officielle et les médias de l'extrême droite qui veulent éliminer ces...»  
Le Président:
Le député de Sydney-Victoria a la parole.  
* * * 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
M. Peter Mancini (Sydney-Victoria, NPD):
Monsieur le Président, je suis heureux d'entendre que de nombreuses personnes appuient ce programme.  
Je suis prêt à dire que le gouvernement a sérieusement mis en péril ce programme qui est essentiel pour les régions du pays où le taux de chômage est élevé. 
Le gouvernement a sali le Fonds transitoire pour la création d'emplois par, au mieux, sa mauvaise gestion et, au pire, son népotisme et sa politique à l'ancienne de l'assiette au beurre. 
Par son incompétence et sa mauvaise gestion, le gouvernement a nui aux gens qui ont le plus besoin de ce programme: les chômeurs.  
Mes collègues du NPD et moi soutenons les programmes destinés à aider les chômeurs.  
L'ombre jetée sur ce programme par la mauvaise gestion a servi la cause du Parti réformiste qui veut voir disparaître ces programmes. 
Le Parti réformiste serait heureux d'abandonner ceux qui sont dans le besoin dans les régions où le taux de chômage est élevé. 
Les libéraux les aideraient si cela signifiait qu'ils allaient pouvoir distribuer l'argent à leurs amis. 
Seul le NPD se bat pour la création d'emplois sans ingérence politique.  
* * * 
LE PROJET DE LOI C-20 
M. Bernard Bigras (Rosemont, BQ):
Monsieur le Président, afin d'arriver à ses fins, le gouvernement libéral semble prêt à tout. 
Après avoir bafoué les règles parlementaires, en décembre dernier, en rendant public le projet de loi C-20, voilà que le premier ministre se rit encore une fois de la démocratie.  
Le premier ministre affirmait hier: «Nous ne voulons pas perdre trop de temps à la Chambre des communes là-dessus. 
Nous voulons procéder le plus rapidement possible.»  
Pour leur part, les députés du Bloc québécois désirent entendre les groupes de la société civile et demandent au gouvernement d'organiser de larges audiences publiques sur ce projet de loi.  
* * * 
LA JOURNÉE D'AFFRANCHISSEMENT DE LA NOTE D'ÉPICERIE 
Mme Rose-Marie Ur (Lambton-Kent-Middlesex, Lib.):
Nous bénéficions du système d'approvisionnement en nourriture le plus économique au monde. 
Nous ne consacrons que 9,8 p. 100 de notre revenu disponible à la nourriture contre 11 p. 100 aux États-Unis et 33 p. 100 au Mexique. 
Nos agriculteurs produisent des denrées alimentaires saines et de haute qualité à des prix concurrentiels, mais leur part des profits diminue.  
Combien de Canadiens savent que si un pain coûte 1,50 $, l'agriculteur ne touche que 9 cents ou que, si nous payons un verre de lait 1,50 $, moins de 16 cents vont au producteur? 
Une serveuse ou un serveur gagnent proportionnellement plus en pourboire sur un repas que l'agriculteur qui a produit les denrées qui ont servi à le préparer.  
Nos agriculteurs sont les plus efficaces et les plus concurrentiels au monde, mais les bénéfices qu'ils font sur les denrées brutes qu'ils produisent vont en diminuant bien que les exportations ne cessent d'augmenter.  
Célébrons la Journée d'affranchissement de la note d'épicerie tout en nous rappelant que les agriculteurs doivent obtenir un prix équitable pour leurs denrées, sinon ils n'auront pas les moyens de continuer à produire.  
* * * 
LES SOINS DE SANTÉ 
M. Norman Doyle (St. John's-Est, PC):
Monsieur le Président, je prends la parole aujourd'hui pour rappeler au ministre des Finances de ne pas oublier la santé dans son budget.  
Le budget est maintenant équilibré, mais cela n'a pas été sans faire de victimes. 
L'une d'elle est le système de santé, qui est gravement sous-financé et qui n'offre pas aux Canadiens le niveau de protection qu'ils veulent et qu'ils méritent.  
Le ministre est sans aucun doute assailli par les demandes, mais je l'implore de réinvestir avant tout dans la santé. 
C'est ce que veulent les 10 premiers ministres provinciaux. 
Après tout, si nous ne sommes pas en bonne santé, comment allons-nous pouvoir profiter de la réduction de nos impôts?  
* * * 
LA MARINE MARCHANDE 
M. Raymond Lavigne (Verdun-Saint-Henri, Lib.):
Monsieur le Président, dans mon beau comté de Verdun-Saint-Henri, il y a plusieurs anciens combattants de la marine marchande. 
J'ai fait de nombreuses démarches auprès du ministre des Anciens combattants afin que des indemnités non imposables soient versées à ces derniers.  
Aujourd'hui, je veux féliciter le ministre des Anciens combattants qui a annoncé, la semaine dernière, que les efforts de guerre des anciens combattants de la marine marchande sont maintenant reconnus par le gouvernement du Canada.  
Le ministre a annoncé un programme d'indemnisation de 50 millions de dollars à leur intention. 
Ce geste signifie que nous reconnaissons l'importance de la contribution et du sacrifice des marins de la marine marchande dans le cadre des efforts déployés par le Canada en temps de guerre.  
Nous vivons dans un beau pays, n'est-ce pas?  
QUESTIONS ORALES 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
Mme Deborah Grey (Edmonton-Nord, Réf.): 
Monsieur le Président, la ministre du Développement des ressources humaines est au courant de ce gâchis d'un milliard de dollars depuis plus de cinq mois. 
Elle sait que cette vérification ne touche qu'un infime pourcentage des dossiers administrés par ce ministère. 
Elle sait qu'il y a des milliards de dollars de plus en jeu ici et elle sait que la vérité finira par sortir.  
Elle aime bien rejeter le blâme sur ses fonctionnaires, ce qui est malheureux, mais je veux lui demander combien de ses hauts fonctionnaires elle a suspendus, déplacés ou congédiés par suite de ce gâchis d'un milliard de dollars.  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, l'opposition continue de piétiner en parlant sans cesse de congédiement et de démission. 
Je dirai à la Chambre que, pendant que l'opposition piétine, j'avance à grands pas.  
Nous nous affairons à mettre en oeuvre un plan en six points afin d'assurer la qualité de l'administration des subventions et des contributions dans mon ministère, de pouvoir retracer chaque dollar des contribuables que nous versons et de permettre aux Canadiens d'évaluer notre travail d'après nos résultats.  
Mme Deborah Grey (Edmonton-Nord, Réf.): 
Monsieur le Président, cela ressemble à une conversion sur le chemin de Damas. 
Pas plus tard que la semaine dernière, la ministre disait qu'ils étaient tous encore à l'âge des ténèbres.  
Il faut s'arrêter là.  
Je demande de nouveau à la ministre combien de ses fonctionnaires elle a déplacés, suspendus ou congédiés par suite de ce gâchis.  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, je tiens à répéter à la députée que nous n'avons pas égaré un milliard de dollars. 
Nous savons où est cet argent.  
Encore une fois, en tant que ministre, je prends mes responsabilités très au sérieux. 
C'est pourquoi nous mettons en oeuvre ce plan afin d'assurer la qualité de notre travail de sorte que ce genre d'incident ne se produise plus jamais.  
Mme Deborah Grey (Edmonton-Nord, Réf.): 
Monsieur le Président, la ministre prétend qu'elle prend ses responsabilités très au sérieux, mais nous avons vu le premier ministre aux nouvelles pendant des jours parler de ce qu'est la vraie responsabilité ministérielle.  
Il a dit ici même en 1991 que, lorsque les ministres ont des problèmes, et nous parlons ici de problèmes très graves dans ce ministère, ils devraient en accepter la responsabilité.  
La ministre est la dirigeante politique de toute l'organisation de DRHC. 
Elle peut bien présenter un plan en 42 points si elle veut, mais il ne fonctionnerait pas parce que c'est elle qui est à la tête du ministère. 
Quand se congédiera-t-elle elle-même et enverra-t-elle ce genre de signal?  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, non seulement suis-je convaincue que le plan va fonctionner, mais c'est aussi l'avis d'une personne indépendante de l'extérieur, nommément le vérificateur général.  
Je rappelle à la Chambre que le vérificateur général a dit ceci au sujet de notre plan: «Nous sommes d'avis que l'approche proposée prévoit tous les correctifs nécessaires pour régler de façon immédiate les problèmes de contrôle décelés».  
Mme Diane Ablonczy (Calgary-Nose Hill, Réf.): 
Monsieur le Président, le premier ministre a maintenant un énorme problème de crédibilité. 
Pour faire dévier la critique visant le plus haut fonctionnaire de l'État, il a dit aux Canadiens que Mel Cappe avait spécialement ordonné une vérification au ministère du Développement des ressources humaines.  
Cette tentative d'étouffement de l'affaire a été carrément démentie par les hauts fonctionnaires de DRHC qui ont révélé qu'il s'agissait d'une vérification interne courante. 
Quand le premier ministre cessera-t-il d'induire les Canadiens en erreur, en tentant d'étouffer...  
Des voix:
Retirez ces paroles!  
Le Président:
J'inviterais mes collègues à bien vouloir s'abstenir d'utiliser l'expression «induire en erreur». 
Cela nous entraîne toujours un peu plus loin.  
Le très hon. Jean Chrétien (premier ministre, Lib.):
Monsieur le Président, une vérification a été effectuée sur demande. 
La vérification se fait avec l'autorisation du sous-ministre, qui sait ce qui se passe dans son cabinet. 
Il savait qu'une vérification avait lieu, il n'y a donc absolument rien à redire à cela.  
Je dois être bien franc avec la Chambre et signaler que j'ai reçu la dernière note à propos du nombre de dossiers, c'est-à-dire 37, qui ont fait l'objet d'un examen. 
Sept d'entre eux, totalisant une dépense de 11 937 000 $, ont été examinés. 
Dans cinq de ces cas, il n'y a eu absolument aucun paiement en trop, tandis que les deux autres affichent un trop-payé de 250 $. 
Mme Diane Ablonczy (Calgary-Nose Hill, Réf.): 
Monsieur le Président, voyons les faits. 
Le très hon. Jean Chrétien (premier ministre, Lib.):
Monsieur le Président, les vérificateurs du ministère ont examiné les dossiers. 
Ils l'ont fait d'une manière très professionnelle. 
Ils ont communiqué avec le vérificateur général, qui a accepté leur travail. 
Le vérificateur général a dit dans une lettre rendue publique que le ministère et la ministre font ce qui s'imposent.  
L'opposition a parlé d'un milliard de dollars, mais j'ai dit que dans le cas de dossiers prétendument contestables et représentant des subventions de 11 millions de dollars, il y a eu un trop-payé d'un peu plus de 250 $. 
* * * 
LE PROJET DE LOI C-20 
M. Gilles Duceppe (Laurier-Sainte-Marie, BQ):
Monsieur le Président, hier, le premier ministre a semblé favorable à l'idée que le comité législatif sur le projet de loi C-20 élargisse ses audiences au-delà des seuls experts et rencontre d'autres groupes qui ont des opinions à soumettre.  
Au dire du premier ministre, le projet de loi est en tête de liste des priorités gouvernementales. 
Si ce projet de loi est si important, comme le soutient le gouvernement, le premier ministre ne croit-il pas qu'il doit permettre à la population de s'exprimer, et que le meilleur moyen pour que la population s'exprime, c'est que ce comité se déplace à travers le Québec?  
Le très hon. Jean Chrétien (Saint-Maurice, Lib.):
Monsieur le Président, j'ai déjà répondu à cette question.  
C'est un projet de loi qui s'adresse à toutes les provinces du Canada et qui sera étudié au comité de la Chambre des communes. 
Le comité décidera des personnes qui pourront venir faire des représentations, mais nous espérons que le projet de loi sera adopté dans les plus brefs délais, parce que ce n'est pas une très grande préoccupation pour la population à ce moment-ci.  
Les gens veulent que nous parlions d'autres problèmes, comme la création d'emplois, la santé, la réduction des impôts, des choses qui intéressent les Québécois et le reste des Canadiens. 
M. Gilles Duceppe (Laurier-Sainte-Marie, BQ):
Monsieur le Président, c'est un peu bizarre d'entendre cette réponse du premier ministre, parce que son leader parlementaire déclarait que c'était la priorité du gouvernement, et là, le premier ministre nous dit que ce n'est pas important.  
D'autre part, si le problème, c'est de ne venir qu'au Québec et que le premier ministre croit que le comité devrait se déplacer partout au Canada, pas de problème, on serait d'accord avec cela.  
J'imagine que c'est aussi important.  
Le très hon. Jean Chrétien (Saint-Maurice, Lib.):
Monsieur le Président, c'est un projet de loi important qui est débattu à la Chambre en ce moment et qui sera étudié, dès la semaine prochaine, en comité. 
Le comité prendra ses responsabilités, entendra un certain nombre de témoins, et la Chambre des communes pourra s'exprimer dans la clarté.  
M. Daniel Turp (Beauharnois-Salaberry, BQ):
Monsieur le Président, hier, le premier ministre et le leader du gouvernement à la Chambre ont laissé entendre que les individus et les groupes pourraient témoigner devant le comité législatif, comme dans le cas du comité parlementaire qui avait examiné la question des commissions scolaires linguistiques en 1997.  
Le ministre des Affaires intergouvernementales peut-il confirmer que la majorité libérale du comité législatif acceptera que des groupes représentatifs du Québec soient entendus par le comité?  
Le Président:
Comme tous les députés le savent, ce sont les comités qui sont en charge de leur agenda. 
Je trouve que la question n'est pas recevable, mais si l'honorable leader du gouvernement à la Chambre veut y répondre, je vais lui en donner la permission.  
L'hon. Don Boudria (leader du gouvernement à la Chambre des communes, Lib.):
Il me semble qu'il pourrait parler à son propre leader pour savoir ce sur quoi on s'est entendus hier. 
Et, bien sûr, on répondra en toute la clarté.  
M. Daniel Turp (Beauharnois-Salaberry, BQ):
Monsieur le Président, le leader du Bloc et moi, on se parle, mais on aimerait aussi avoir l'opinion du ministre des Affaires intergouvernementales.  
Est-ce que le ministre des Affaires intergouvernementales souhaite que les groupes représentatifs du Québec soient entendus devant son comité? 
Est-ce qu'il souhaite, par exemple, que des groupes canadiens soient entendus aussi, comme le Canadian Union of Postal Workers et le National Action Committee on the Status of Women, qui lui demandent d'ailleurs de retirer son projet de loi de cette Chambre?  
L'hon. Stéphane Dion (président du Conseil privé de la Reine pour le Canada et ministre des Affaires intergouvernementales, Lib.):
Monsieur le Président, le comité législatif déterminera lui-même son travail.  
* * * 
LE DÉVELOPPEMENT DES RESSOURCES HUMAINES 
Mme Alexa McDonough (Halifax, NPD):
Monsieur le Président, le gouvernement retient des renseignements que les Canadiens ont le droit de connaître. 
Pire encore, il déforme des renseignements pour cacher la vérité à son avantage.  
Pourquoi le gouvernement ne présente-t-il pas les faits exacts et ne dépose-t-il pas la documentation détaillée, circonscription par circonscription, qui a déjà été préparée aux frais des contribuables, au sujet de toutes les subventions et contributions accordées par DRHC?  
Le très hon. Jean Chrétien (premier ministre, Lib.):
Que les autres ministres et moi-même soyons bien préparés pour la période des questions orales, je comprends que cela puisse rendre jaloux les partis d'opposition.  
Mme Alexa McDonough (Halifax, NPD):
Monsieur le Président, on dirait que le premier ministre a déjà épuisé tous ses recours.  
Pourquoi le gouvernement ne cesse-t-il pas de dissimuler les renseignements...  
Des voix:
Oh, oh!  
Le Président:
À l'ordre. 
Madame le chef du Nouveau Parti démocratique peut reposer sa question si elle le désire.  
Mme Alexa McDonough:
Pourquoi le gouvernement refuse-t-il de dévoiler tous les renseignements, circonscription par circonscription, sur toutes les contributions et subventions accordées par DRHC?  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Je lui propose de se rendre à son bureau de Développement des ressources humaines Canada, de s'entretenir avec le directeur et de passer en revue tous les projets.  
M. Peter MacKay (Pictou-Antigonish-Guysborough, PC):
Monsieur le Président, je voudrais poser une question très directe et précise à la ministre de DRHC. 
La ministre pourrait-elle dire à la Chambre la date exacte à laquelle elle a été informée des problèmes mis au jour par la vérification interne de son ministère?  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, tout le monde le sait. 
J'ai eu une séance d'information sur la vérification interne au complet le 17 novembre. 
M. Peter MacKay (Pictou-Antigonish-Guysborough, PC):
Monsieur le Président, la ministre a déclaré qu'elle sait où est l'argent, mais sait-elle comment il a été dépensé?  
En mars 1998, DRHC a diffusé une liste des subventions du FTCE qui avaient été octroyées cette année-là. 
Sur la deuxième liste diffusée en décembre 1999, 20 compagnies qui avaient reçu 8,2 millions de dollars avaient mystérieusement disparu.  
S'il n'y a pas de camouflage, pourquoi ces compagnies ont-elles disparu de la liste et où sont donc passés les 8 millions de dollars?  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, si le député voulait bien me communiquer ses renseignements, je pourrais les examiner et lui fournir une réponse.  
M. Monte Solberg (Medicine Hat, Réf.): 
Monsieur le Président, la ministre vient de dire qu'elle était au courant du cafouillage à DRHC le 17 novembre, mais le 16 décembre, elle a nié qu'il y avait des problèmes. 
Elle a dit à la Chambre et aux Canadiens une chose tout à fait fausse. 
Elle a essayé de camoufler une bavure d'un milliard de dollars. 
C'est quelque chose...  
Des voix:
Oh, oh!  
Le Président:
À l'ordre, s'il vous plaît. 
Nous semblons aller de plus en plus loin dans nos propos et même induire délibérément les gens en erreur. 
Je ne permettrai pas que cela se reproduise. 
Le député n'a jamais dit que la ministre était fausse, mais je voudrais que les députés s'abstiennent d'utiliser ce genre de termes, car ils ne font qu'agiter la Chambre.  
M. Monte Solberg:
Monsieur le Président, la population est très agitée également de voir qu'un milliard de dollars a disparu et que la ministre est responsable d'avoir camouflé cette situation.  
Quand la ministre va-t-elle reconnaître qu'elle n'a pas dit aux Canadiens et à la Chambre des communes ce qu'il en était en fait et qu'elle a trahi la confiance de la population?  
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, il me semble que le seul parti qui trompe les Canadiens c'est le Parti réformiste.  
Des voix:
Oh, oh!  
Le Président:
À l'ordre, s'il vous plaît. 
Il est très difficile pour moi d'entendre ce qui se dit lorsqu'il y a trop de bruit. 
J'invite tous les députés à s'abstenir d'utiliser ces termes aujourd'hui. 
Cela ne fait que soulever les passions et je ne pense pas que nous allons obtenir ainsi les questions ou réponses de qualité que nous souhaitons durant la période des questions.  
La ministre du Développement des ressources humaines a la parole.  
L'hon. Jane Stewart:
Monsieur le Président, c'est le Parti réformiste qui ne cesse de dire aux Canadiens qu'un milliard de dollars a disparu. 
Il sait pertinemment que ce n'est pas vrai. 
Nous savons où les chèques sont allés. 
Ils ont été envoyés à des organisations dans les circonscriptions des députés réformistes et de tous les autres députés à la Chambre.  
C'est ce parti qui continue de miner l'apport important du programme de subventions et de contributions aux collectivités de tout le pays.  
M. Monte Solberg (Medicine Hat, Réf.): 
Monsieur le Président, la ministre a beau être évasive, cela ne changera rien aux faits.  
La ministre du Développement des ressources humaines affirme qu'on l'a informée de ce trou d'un milliard de dollars le 17 novembre. Le 16 décembre, elle a dit dans cette enceinte qu'il n'y avait aucun problème au ministère du Développement des ressources humaines. 
Il est évident qu'il y a une contradiction là-dedans.  
Pourquoi la ministre a-t-elle fait une affirmation à la Chambre sachant fort bien que ce n'était pas le cas? 
L'hon. Jane Stewart (ministre du Développement des ressources humaines, Lib.):
Monsieur le Président, je m'en tiens à ce que j'ai dit à la Chambre. 
J'ai toujours été franche au sujet des problèmes administratifs qui pouvaient se poser.  
