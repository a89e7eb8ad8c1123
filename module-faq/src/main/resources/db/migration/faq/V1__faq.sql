-- The FAQ: themes, questions with their answers (sanitized HTML) and the readers' feedback counters,
-- seeded with the eleven questions of the mutual's guide (section "La FAQ").
--
-- Answers may hold placeholders replaced at display time from configuration, because their values depend on
-- the mutual and its contracts: [[mutual-name]], [[mutual-phone]], [[child-age-limit]],
-- [[student-age-limit]], [[newborn-declaration-days]] (see FaqSettings).

-- EclipseLink takes a block of 50 ids per nextval and refuses a first value below the block size.
create sequence faq_question_seq start with 50 increment by 50 minvalue 50;

create table faq_theme (
    id       bigint       primary key,
    code     varchar(40)  not null unique,
    title    varchar(120) not null,
    position integer      not null unique
);

create table faq_question (
    id          bigint       primary key default nextval('faq_question_seq'),
    theme_id    bigint       not null references faq_theme (id),
    position    integer      not null,
    question    varchar(300) not null,
    answer_html text         not null,
    published   boolean      not null default false,
    helpful_yes integer      not null default 0 check (helpful_yes >= 0),
    helpful_no  integer      not null default 0 check (helpful_no >= 0),
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now(),
    updated_by  varchar(64),
    version     bigint       not null default 0,
    -- Deferred so that moving a question up or down can swap two positions in one transaction.
    constraint faq_question_position_uq unique (theme_id, position) deferrable initially deferred
);
-- The public and member pages read the published questions in display order, in one query.
create index faq_question_published_idx on faq_question (published, theme_id, position);

insert into faq_theme (id, code, title, position) values
    (1, 'space', 'Votre espace adhérent', 1),
    (2, 'care-pathway', 'Parcours de soins', 2),
    (3, 'family', 'Votre famille et vos bénéficiaires', 3),
    (4, 'reimbursements', 'Vos remboursements', 4),
    (5, 'hospital-travel', 'Hospitalisation et voyages', 5);

insert into faq_question (theme_id, position, question, published, answer_html) values
(1, 1, 'À quoi sert l''espace adhérent ?', true, $faq$<p>Votre espace adhérent vous donne accès à tout moment, depuis un ordinateur, une tablette ou un téléphone, aux informations de votre contrat [[mutual-name]], et vous permet de faire vos démarches sans vous déplacer ni envoyer de courrier :</p>
<ul>
<li><strong>Santé</strong> : suivre vos remboursements et les paiements faits directement aux professionnels de santé (tiers payant), voir le détail de chaque paiement, imprimer ou télécharger vos relevés de prestations, changer le RIB sur lequel vos remboursements sont versés ;</li>
<li><strong>Contrat</strong> : consulter vos garanties, vos bénéficiaires et vos cotisations, inscrire un nouveau bénéficiaire ;</li>
<li><strong>Mon compte</strong> : mettre à jour votre adresse, votre e-mail et vos numéros de téléphone, choisir d'être prévenu par e-mail de vos nouveaux remboursements ;</li>
<li><strong>Suivi</strong> : nous écrire, suivre l'avancement de vos demandes et retrouver les réponses aux questions fréquentes.</li>
</ul>
<p>Vous pouvez aussi y trouver un professionnel de santé près de chez vous. Certaines rubriques peuvent ne pas encore être disponibles.</p>$faq$),

(1, 2, 'Je vais déménager, que dois-je faire ?', true, $faq$<p>Communiquez-nous votre nouvelle adresse pour continuer à recevoir nos courriers :</p>
<ul>
<li>dans votre espace adhérent, rubrique <strong>Mon compte</strong>, en modifiant votre adresse postale ;</li>
<li>prévenez aussi votre <strong>caisse d'assurance maladie</strong>, depuis votre compte ameli : si vous changez de département, votre dossier est transmis à votre nouvelle caisse.</li>
</ul>
<p>Le service de déclaration de changement de coordonnées de service-public.fr permet de prévenir en une seule fois plusieurs organismes (Assurance Maladie, Caf, impôts, France Travail…).</p>
<p>Une fois installé, pensez à :</p>
<ul>
<li>choisir un médecin traitant près de chez vous et le déclarer (voir la question « Puis-je changer de médecin traitant ? ») ;</li>
<li>mettre à jour le RIB sur lequel vos remboursements sont versés si vous changez de banque (rubrique <strong>Santé &gt; Mon RIB</strong>).</li>
</ul>
<p>Si votre cotisation dépend de votre lieu de résidence, le nouveau montant vous est indiqué. Si vous êtes couvert par un contrat collectif d'entreprise, c'est votre employeur qui nous transmet votre nouvelle adresse.</p>$faq$),

(2, 1, 'Puis-je changer de médecin traitant ?', true, $faq$<p><strong>Oui, à tout moment</strong>, sans avoir à vous justifier ni à prévenir votre ancien médecin.</p>
<p>Il suffit de déclarer votre nouveau médecin traitant à l'Assurance Maladie :</p>
<ul>
<li>le plus simple : lors d'une consultation, votre nouveau médecin fait la <strong>déclaration en ligne</strong> avec votre carte Vitale ;</li>
<li>sinon, remplissez avec lui le formulaire « Déclaration de choix du médecin traitant » et envoyez-le à votre caisse d'assurance maladie.</li>
</ul>
<p>Le changement compte dès que la déclaration est enregistrée ; vous pouvez vérifier le nom de votre médecin traitant dans votre compte ameli. Vous n'avez aucune démarche à faire auprès de [[mutual-name]].</p>
<p>Chaque personne de 16 ans et plus déclare son propre médecin traitant. Pour un enfant de moins de 16 ans, la déclaration est possible (signée par l'un des parents) mais pas obligatoire : ses remboursements ne sont pas réduits sans médecin traitant.</p>$faq$),

(2, 2, 'Que se passe-t-il si je consulte un spécialiste sans passer par mon médecin traitant ?', true, $faq$<p>Vous êtes alors <strong>hors du parcours de soins coordonnés</strong>, et moins bien remboursé :</p>
<ul>
<li>l'Assurance Maladie ne rembourse plus que <strong>30 %</strong> du tarif de base au lieu de 70 % ;</li>
<li>le spécialiste peut vous facturer un dépassement d'honoraires parce que vous êtes hors parcours ;</li>
<li>les complémentaires santé « responsables », comme votre contrat, n'ont pas le droit de rembourser cette pénalité (l'écart entre 70 % et 30 %) ni ce dépassement.</li>
</ul>
<p><strong>Exemple</strong> pour une consultation dont le tarif de base est de 30 € : dans le parcours de soins, l'Assurance Maladie rembourse 21 € (70 %) ; hors parcours, elle ne rembourse que 9 € (30 %). Les 12 € d'écart restent à votre charge, en plus de la participation forfaitaire retenue sur chaque consultation.</p>
<p>Vous restez dans le parcours de soins, sans pénalité :</p>
<ul>
<li>pour les spécialistes en <strong>accès direct</strong> : gynécologue, ophtalmologue, psychiatre ou neuropsychiatre si vous avez entre 16 et 25 ans, stomatologue (sauf actes chirurgicaux lourds), ainsi que le chirurgien-dentiste ;</li>
<li>quand votre médecin traitant vous a adressé au spécialiste, y compris pour le suivi régulier convenu avec lui ;</li>
<li>en cas d'urgence, si vous êtes loin de votre domicile, ou si vous consultez le remplaçant de votre médecin traitant ;</li>
<li>pour les enfants de moins de 16 ans.</li>
</ul>$faq$),

(3, 1, 'Nous allons avoir un nouvel enfant, que devons-nous faire vis-à-vis de notre mutuelle ?', true, $faq$<p>Félicitations ! Deux démarches permettent que votre enfant soit remboursé dès ses premiers soins :</p>
<ol>
<li><strong>Auprès de l'Assurance Maladie</strong> : déclarez la naissance à votre caisse, depuis votre compte ameli ou en lui envoyant une copie de l'acte de naissance. Votre enfant peut être rattaché à l'un de ses parents ou aux deux.</li>
<li><strong>Auprès de [[mutual-name]]</strong> : inscrivez-le comme bénéficiaire dans votre espace adhérent (<strong>Mon contrat &gt; J'inscris des bénéficiaires</strong>) avec une copie du livret de famille ou de l'acte de naissance, puis envoyez-nous, dès que vous l'avez, l'attestation de droits de l'Assurance Maladie où il figure.</li>
</ol>
<p>Faites l'inscription dans les <strong>[[newborn-declaration-days]] jours</strong> qui suivent la naissance : votre enfant est alors couvert dès sa naissance. Passé ce délai, il est couvert à partir de la date indiquée dans notre confirmation. La démarche est la même pour une adoption, avec le jugement d'adoption.</p>
<p>Pendant la grossesse, déclarez-la à l'Assurance Maladie et à la Caf avant la fin du troisième mois. À partir du sixième mois et jusqu'à 12 jours après l'accouchement, l'Assurance Maladie prend en charge à 100 % la plupart de vos soins (hors dépassements d'honoraires).</p>
<p>L'arrivée d'un bénéficiaire peut changer votre cotisation : le nouveau montant vous est indiqué lors de l'inscription. Si vous êtes couvert par un contrat collectif d'entreprise, adressez-vous à votre employeur.</p>$faq$),

(3, 2, 'Comment rattacher de nouveaux bénéficiaires (conjoint, enfants) sur mon contrat ?', true, $faq$<p>Faites la demande dans votre espace adhérent, rubrique <strong>Mon contrat &gt; J'inscris des bénéficiaires</strong>, en joignant les justificatifs :</p>
<ul>
<li>pour chacun : l'<strong>attestation de droits à l'Assurance Maladie</strong> sur laquelle figure la personne ; elle nous permet de recevoir directement de l'Assurance Maladie les informations de ses remboursements, sans que vous ayez à nous envoyer de décomptes ;</li>
<li>pour un conjoint marié : le livret de famille ou l'acte de mariage ; pour un partenaire de PACS : l'attestation d'enregistrement du PACS ; pour un concubin : un justificatif de domicile commun ;</li>
<li>pour un enfant : le livret de famille ou l'acte de naissance et, à partir de [[child-age-limit]] ans, un justificatif de sa situation (certificat de scolarité, contrat d'apprentissage…).</li>
</ul>
<p>Vous recevez une confirmation qui indique la date à partir de laquelle le nouveau bénéficiaire est couvert et, s'il y a lieu, votre nouvelle cotisation ; vous pouvez suivre votre demande dans la rubrique <strong>Suivi</strong>. Si vous êtes couvert par un contrat collectif d'entreprise, l'inscription se fait auprès de votre employeur.</p>$faq$),

(3, 3, 'Jusqu''à quel âge puis-je garder mon enfant sur mon contrat ?', true, $faq$<p>Votre enfant peut rester bénéficiaire de votre contrat <strong>jusqu'à ses [[child-age-limit]] ans</strong>.</p>
<p>Il peut le rester <strong>jusqu'à ses [[student-age-limit]] ans</strong> s'il poursuit des études, s'il est apprenti ou s'il cherche son premier emploi et est inscrit à France Travail. Envoyez-nous alors chaque année le justificatif correspondant (certificat de scolarité, contrat d'apprentissage, attestation d'inscription). Pour un enfant en situation de handicap, contactez-nous : d'autres conditions peuvent s'appliquer.</p>
<p>À 18 ans, votre enfant devient assuré à titre personnel auprès de l'Assurance Maladie : envoyez-nous sa nouvelle attestation de droits pour que ses remboursements continuent de nous parvenir automatiquement.</p>
<p>Quand il ne remplit plus ces conditions, votre enfant peut souscrire son propre contrat ; s'il a de faibles revenus, il peut avoir droit à la Complémentaire santé solidaire.</p>$faq$),

(4, 1, 'Sur les tableaux de prestations, comment lire les pourcentages 100 %, 200 %, 300 % ?', true, $faq$<p>Ces pourcentages s'appliquent à la <strong>base de remboursement</strong> de l'Assurance Maladie (le tarif qu'elle retient pour calculer ses remboursements) et <strong>comprennent la part de l'Assurance Maladie</strong>. « 200 % » signifie que l'Assurance Maladie et [[mutual-name]] vous remboursent ensemble jusqu'à deux fois la base de remboursement, sans jamais dépasser ce que vous avez payé.</p>
<p><strong>Exemple</strong> : une consultation chez un spécialiste facturée 80 €, dont la base de remboursement est de 30 €. L'Assurance Maladie rembourse 70 % de la base, soit 21 €.</p>
<ul>
<li>à <strong>100 %</strong> : 30 € remboursés au total ; la mutuelle verse 9 € ; il vous reste 50 € ;</li>
<li>à <strong>200 %</strong> : 60 € remboursés au total ; la mutuelle verse 39 € ; il vous reste 20 € ;</li>
<li>à <strong>300 %</strong> : 90 € dépasseraient la dépense, le remboursement est donc limité à 80 € ; la mutuelle verse 59 € ; il ne vous reste rien.</li>
</ul>
<p>Un remboursement « à 100 % » ne couvre donc pas forcément toute la dépense : il couvre la base de remboursement, pas les dépassements d'honoraires. La participation forfaitaire retenue par l'Assurance Maladie reste à votre charge dans tous les cas : les contrats responsables n'ont pas le droit de la rembourser. Pour un médecin qui n'adhère pas à l'option de pratique tarifaire maîtrisée (OPTAM), la réglementation limite la prise en charge de ses dépassements.</p>
<p>Les équipements du <strong>100 % Santé</strong> (certaines lunettes, prothèses dentaires et aides auditives) sont remboursés entièrement, sans reste à charge, quel que soit le pourcentage indiqué.</p>$faq$),

(4, 2, 'Comment fonctionne le tiers payant ?', true, $faq$<p>Le tiers payant vous évite d'avancer les frais : le professionnel de santé est payé directement par l'Assurance Maladie pour sa part, et par [[mutual-name]] pour la part complémentaire.</p>
<p>Présentez votre <strong>carte Vitale</strong> et votre <strong>carte de tiers payant</strong> [[mutual-name]] en cours de validité. Pharmacies, laboratoires, centres de radiologie, hôpitaux et cliniques, opticiens, audioprothésistes et dentistes le pratiquent le plus souvent ; les médecins et les autres professionnels peuvent le proposer. Il est de droit sur la part de l'Assurance Maladie notamment pour les soins liés à la maternité ou à une affection de longue durée, et pour les bénéficiaires de la Complémentaire santé solidaire. Pour les équipements du <strong>100 % Santé</strong>, les professionnels doivent vous le proposer.</p>
<p>Les paiements faits directement aux professionnels apparaissent dans votre espace adhérent, rubrique <strong>Santé &gt; Remboursements aux tiers</strong>.</p>
<p>La participation forfaitaire et les franchises médicales ne sont pas payées au moment des soins : l'Assurance Maladie les déduit de vos remboursements suivants. En cas de perte de votre carte de tiers payant, contactez-nous.</p>$faq$),

(5, 1, 'Je vais être hospitalisé dans quelques jours, quelles sont les démarches à faire ?', true, $faq$<p>Pour ne pas avancer les frais que couvre votre contrat, demandez-nous une <strong>prise en charge hospitalière</strong> avant votre entrée :</p>
<ul>
<li>indiquez-nous le nom et la ville de l'établissement, son numéro FINESS (l'établissement vous le donne), la date d'entrée, le service et s'il s'agit d'une hospitalisation complète ou ambulatoire ;</li>
<li>nous envoyons la prise en charge directement à l'établissement : c'est le <strong>tiers payant hospitalier</strong>. Beaucoup d'établissements nous la demandent eux-mêmes lors de votre pré-admission.</li>
</ul>
<p>Ce que votre contrat peut prendre en charge :</p>
<ul>
<li>le <strong>forfait journalier hospitalier</strong>, dû pour chaque journée d'hospitalisation, jour de sortie compris : les contrats responsables le remboursent sans limitation de durée (hors établissements médico-sociaux) ;</li>
<li>le <strong>ticket modérateur</strong> sur les frais de séjour et les honoraires ;</li>
<li>la <strong>chambre particulière</strong>, que l'Assurance Maladie ne rembourse pas : si vous la souhaitez, demandez-la à l'admission après avoir vérifié son prix et le montant prévu par votre tableau de garanties ;</li>
<li>les <strong>dépassements d'honoraires</strong> du chirurgien ou de l'anesthésiste, selon votre contrat : demandez-leur un devis et envoyez-le-nous, nous vous dirons ce qui sera remboursé.</li>
</ul>
<p>Le jour de l'entrée, munissez-vous de votre carte Vitale, de votre carte de tiers payant et d'une pièce d'identité.</p>$faq$),

(5, 2, 'Lors d''un voyage à l''étranger, y a-t-il des précautions à prendre en termes de couverture santé ?', true, $faq$<p>Oui, et elles dépendent de votre destination.</p>
<p><strong>Dans l'Union européenne, l'Espace économique européen (Islande, Liechtenstein, Norvège), en Suisse et au Royaume-Uni</strong> : demandez votre <strong>carte européenne d'assurance maladie</strong> (CEAM) depuis votre compte ameli, au moins 20 jours avant votre départ. Gratuite, individuelle (une par personne, enfants compris) et valable 2 ans, elle vous permet d'être soigné dans le secteur public aux mêmes conditions que les assurés du pays. Si vous partez plus tôt, demandez un certificat provisoire de remplacement, valable 3 mois.</p>
<p><strong>Dans les autres pays</strong>, vous payez les soins sur place. Au retour, l'Assurance Maladie peut rembourser les soins urgents et imprévus sur la base des tarifs français, souvent bien inférieurs aux prix pratiqués (aux États-Unis ou au Canada par exemple). Avant de partir, vérifiez avec nous ce que votre contrat prévoit à l'étranger et si vous bénéficiez d'une <strong>assistance</strong> (avance des frais médicaux, rapatriement) ; certaines cartes bancaires en comprennent une.</p>
<p><strong>Dans tous les cas</strong>, gardez les factures détaillées, les ordonnances et les preuves de paiement. Au retour, envoyez-les à votre caisse d'assurance maladie avec le formulaire « Soins reçus à l'étranger », puis transmettez-nous son décompte avec une copie des factures. Emportez vos traitements en quantité suffisante avec leur ordonnance.</p>$faq$);
