package io.github.kpikit.registry;

import static io.github.kpikit.registry.Direction.HIGHER_IS_BETTER;
import static io.github.kpikit.registry.Direction.LOWER_IS_BETTER;
import static io.github.kpikit.registry.Direction.ON_TARGET;
import static io.github.kpikit.registry.KpiCategory.AWARENESS;
import static io.github.kpikit.registry.KpiCategory.COMMUNITY;
import static io.github.kpikit.registry.KpiCategory.CONVERSION;
import static io.github.kpikit.registry.KpiCategory.COST_AND_REVENUE;
import static io.github.kpikit.registry.KpiCategory.ENGAGEMENT;
import static io.github.kpikit.registry.KpiCategory.SATISFACTION_AND_SUPPORT;
import static io.github.kpikit.registry.KpiCategory.TEAM_OPERATIONS;

import io.github.kpikit.metric.Unit;

/**
 * The standard KPI catalogue. French texts are written with plain spaces here and get their
 * no-break spaces from {@link French#typography(String)}.
 */
final class StandardKpis {

  private StandardKpis() {}

  /** One entry: id, formula, format, direction, and the texts in both languages. */
  private static KpiDefinition.Builder kpi(
      KpiCategory category,
      String id,
      String formula,
      DisplayFormat format,
      Direction direction,
      String nameEn,
      String nameFr,
      String descriptionEn,
      String descriptionFr,
      String whyEn,
      String whyFr) {
    return KpiDefinition.builder(id)
        .category(category)
        .formula(formula)
        .format(format)
        .direction(direction)
        .name(nameEn, French.typography(nameFr))
        .description(descriptionEn, French.typography(descriptionFr))
        .whyItMatters(whyEn, French.typography(whyFr));
  }

  static KpiRegistry.Builder register(KpiRegistry.Builder b) {
    awareness(b);
    community(b);
    engagement(b);
    engagementDetails(b);
    conversion(b);
    costAndRevenue(b);
    satisfaction(b);
    team(b);
    teamOperations(b);
    people(b);
    return b;
  }

  private static void awareness(KpiRegistry.Builder b) {
    b.add(
        kpi(
                AWARENESS,
                "posts_published",
                "posts",
                DisplayFormat.count(0),
                ON_TARGET,
                "Posts published",
                "Publications",
                "Number of posts published in the period.",
                "Nombre de publications mises en ligne sur la période.",
                "The output the editorial plan promised: every other awareness figure depends on it.",
                "C'est la production promise par la ligne éditoriale : tous les indicateurs de"
                    + " notoriété en dépendent.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "posting_frequency",
                "posts / days()",
                DisplayFormat.count(2),
                ON_TARGET,
                "Posting frequency",
                "Fréquence de publication",
                "Posts published per day: posts of the period divided by its number of days.",
                "Nombre moyen de publications par jour : publications de la période divisées par son"
                    + " nombre de jours.",
                "Too few posts and the audience forgets the brand; too many and it tunes out. Track it"
                    + " against the editorial calendar.",
                "Trop peu de publications et l'audience oublie la marque ; trop, et elle décroche. À"
                    + " suivre au regard du calendrier éditorial.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "impression_count",
                "impressions",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Impressions",
                "Impressions",
                "Number of times content was displayed on screen, the same person counting as often as"
                    + " they saw it.",
                "Nombre d'affichages des contenus à l'écran ; une même personne est comptée autant de"
                    + " fois qu'elle les a vus.",
                "The raw size of the brand's presence in feeds, and the denominator of CTR and CPM.",
                "Mesure brute de la présence de la marque dans les fils d'actualité, et dénominateur du"
                    + " CTR et du CPM.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "gross_reach",
                "reach",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Reach (gross post reach)",
                "Portée (cumul des portées des publications)",
                "Post reach summed over posts: a person who saw three posts counts three times. Not to"
                    + " be confused with unique reach.",
                "Somme des portées de chaque publication : une personne qui a vu trois publications est"
                    + " comptée trois fois. À ne pas confondre avec la portée unique.",
                "How many people each piece of content reached; it is what the engagement rate divides"
                    + " by.",
                "Indique combien de personnes chaque contenu a touchées ; c'est le dénominateur du taux"
                    + " d'engagement.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "account_unique_reach",
                "unique_reach",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Unique reach",
                "Portée unique",
                "Distinct people who saw anything of the account in a day, as the platform reports it."
                    + " Valid at the day grain only: distinct people cannot be added up over days.",
                "Nombre de personnes distinctes ayant vu au moins un contenu du compte dans la journée,"
                    + " tel que la plateforme le publie. Valable au jour uniquement : des personnes"
                    + " distinctes ne s'additionnent pas d'un jour à l'autre.",
                "The true size of the audience touched, without double counting.",
                "La taille réelle de l'audience touchée, sans double compte.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "brand_mentions",
                "mentions",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Mentions",
                "Mentions",
                "Number of times the brand was mentioned on social media.",
                "Nombre de fois où la marque a été citée sur les réseaux sociaux.",
                "People talking about the brand without being asked to is the strongest sign of"
                    + " awareness.",
                "Qu'on parle de la marque sans y être invité est le signe de notoriété le plus"
                    + " fort.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "social_sessions",
                "sessions",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Social sessions",
                "Visites issues des réseaux sociaux",
                "Website sessions that came from social media.",
                "Sessions sur le site web dont la source est un réseau social.",
                "Shows whether social presence brings people to the brand's own site.",
                "Montre si la présence sociale amène du monde sur le site de la marque.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "share_of_voice",
                "mentions{brand=$brand} / total(mentions, brand)",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Share of voice",
                "Part de voix",
                "Mentions of the brand ($brand) divided by the mentions of every brand tracked"
                    + " (competitors included); missing when there is no mention at all. Needs data"
                    + " grouped by brand.",
                "Mentions de la marque ($brand) divisées par les mentions de toutes les marques suivies,"
                    + " concurrents compris ; valeur manquante s'il n'y a aucune mention. Les données"
                    + " doivent être ventilées par marque.",
                "Awareness relative to competitors: a rising count in a market that talks more is not a"
                    + " gain.",
                "C'est la notoriété rapportée à celle des concurrents : un volume de mentions en hausse"
                    + " dans un marché plus bavard n'est pas un gain.")
            .proportion()
            .build());
    b.add(
        kpi(
                AWARENESS,
                "impressions_per_post",
                "impressions / posts",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Impressions per post",
                "Impressions par publication",
                "Impressions divided by posts published; missing when no post was published.",
                "Impressions divisées par le nombre de publications ; valeur manquante si aucune"
                    + " publication n'a été mise en ligne.",
                "Separates the visibility of each post from the sheer number of posts.",
                "Distingue la visibilité de chaque publication du simple volume publié.")
            .build());
  }

  private static void community(KpiRegistry.Builder b) {
    b.add(
        kpi(
                COMMUNITY,
                "follower_count",
                "followers",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Followers",
                "Abonnés",
                "Followers at the end of the period (the last reading, never a sum of days).",
                "Nombre d'abonnés en fin de période (le dernier relevé, jamais une somme de jours).",
                "The size of the audience the brand can reach without paying.",
                "La taille de l'audience que la marque touche sans payer.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "follower_growth",
                "delta(followers)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Follower growth (net)",
                "Évolution nette des abonnés",
                "Followers at the end of the period minus followers at the end of the previous period;"
                    + " missing for the first period.",
                "Abonnés en fin de période moins abonnés en fin de période précédente ; valeur"
                    + " manquante pour la première période.",
                "New followers minus those who left: whether the community is growing at all.",
                "Nouveaux abonnés moins désabonnements : la communauté grandit-elle vraiment ?")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "follower_growth_rate",
                "growth(followers)",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Follower growth rate",
                "Taux de croissance des abonnés",
                "Net follower growth divided by followers at the end of the previous period; missing"
                    + " for the first period or when there were no followers.",
                "Évolution nette des abonnés divisée par le nombre d'abonnés en fin de période"
                    + " précédente ; valeur manquante pour la première période ou sans abonnés.",
                "Growth relative to size, so that a small and a large account can be compared.",
                "La croissance rapportée à la taille du compte, pour comparer petits et grands"
                    + " comptes.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "contributor_rate",
                "contributors / followers",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Contributor rate",
                "Taux de contributeurs",
                "Distinct people who commented, shared or posted about the brand in the month, divided"
                    + " by followers; monthly only; missing when there are no followers.",
                "Personnes distinctes ayant commenté, partagé ou publié au sujet de la marque dans le"
                    + " mois, divisées par le nombre d'abonnés ; mensuel uniquement ; valeur manquante"
                    + " sans abonnés.",
                "Tells a living community from an audience that only watches.",
                "Distingue une communauté vivante d'une audience qui se contente de" + " regarder.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "audience_relevance",
                "target_audience_followers / followers",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Audience relevance",
                "Pertinence de l'audience",
                "Followers who belong to the target audience divided by all followers; missing when"
                    + " there are no followers.",
                "Abonnés appartenant à la cible divisés par l'ensemble des abonnés ; valeur manquante"
                    + " sans abonnés.",
                "A large audience is worth little if it is not the one the brand sells to.",
                "Une grande audience vaut peu si ce n'est pas celle à qui la marque"
                    + " s'adresse.")
            .proportion()
            .build());
  }

  private static void engagement(KpiRegistry.Builder b) {
    b.add(
        kpi(
                ENGAGEMENT,
                "engagements",
                "likes + comments + shares",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Engagements",
                "Interactions",
                "Likes, comments and shares added up.",
                "Somme des mentions « J'aime », commentaires et partages.",
                "The volume of reactions content earns.",
                "Le volume de réactions suscitées par les contenus.")
            .variants("engagements_with_saves")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagement_rate",
                "(likes + comments + shares) / reach",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Engagement rate",
                "Taux d'engagement",
                "Engagements (likes + comments + shares) divided by gross post reach, over the whole"
                    + " period (a ratio of sums, not a mean of daily rates); missing when reach is 0."
                    + " References disagree on the denominator: this standard uses reach, as the"
                    + " platforms do; the variants divide by impressions or by followers.",
                "Interactions (« J'aime » + commentaires + partages) divisées par la portée cumulée"
                    + " des publications, sur toute la période (rapport des sommes, pas moyenne des taux"
                    + " quotidiens) ; valeur manquante si la portée est nulle. Les sources divergent sur"
                    + " le dénominateur : ce standard retient la portée, comme les plateformes ; les"
                    + " variantes divisent par les impressions ou par les abonnés.",
                "The share of people reached who reacted: the core measure of how well content"
                    + " resonates.",
                "La part des personnes touchées qui ont réagi : l'indicateur clé de la résonance des"
                    + " contenus.")
            .variants(
                "engagement_rate_by_impressions",
                "engagement_rate_by_followers",
                "engagement_rate_with_saves")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagement_rate_by_impressions",
                "(likes + comments + shares) / impressions",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Engagement rate by impressions",
                "Taux d'engagement par impression",
                "Variant of the engagement rate: engagements divided by impressions; missing when there"
                    + " is no impression. Lower than the rate by reach, since a person can see a post"
                    + " more than once.",
                "Variante du taux d'engagement : interactions divisées par les impressions ; valeur"
                    + " manquante sans impression. Plus bas que le taux par portée, une personne pouvant"
                    + " voir une publication plusieurs fois.",
                "Useful when the platform gives impressions but not reach, and for paid content.",
                "Utile quand la plateforme fournit les impressions mais pas la portée, et pour les"
                    + " contenus sponsorisés.")
            .variantOf("engagement_rate")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagement_rate_by_followers",
                "(likes + comments + shares) / followers",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Engagement rate by followers",
                "Taux d'engagement par abonné",
                "Variant of the engagement rate: engagements divided by followers at the end of the"
                    + " period; missing when there are no followers.",
                "Variante du taux d'engagement : interactions divisées par le nombre d'abonnés en fin"
                    + " de période ; valeur manquante sans abonnés.",
                "Comparable across accounts and with competitors, whose reach is not public.",
                "Comparable d'un compte à l'autre et avec les concurrents, dont la portée n'est pas"
                    + " publique.")
            .variantOf("engagement_rate")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "average_engagement_rate",
                "mean_by(post, (likes + comments + shares) / reach)",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Average engagement rate of posts",
                "Taux d'engagement moyen des publications",
                "The mean of each post's engagement rate (engagements / reach of that post); posts"
                    + " without reach are left out, and the value is missing when no post has reach."
                    + " Needs data grouped by post. Unlike the engagement"
                    + " rate, every post weighs the same whatever its reach.",
                "Moyenne des taux d'engagement de chaque publication (interactions / portée de la"
                    + " publication) ; les publications sans portée sont écartées, et la valeur manque si"
                    + " aucune n'en a. Les données doivent"
                    + " être ventilées par publication. Contrairement au taux d'engagement, chaque"
                    + " publication pèse autant, quelle que soit sa portée.",
                "Judges the typical post rather than the few that went viral.",
                "Juge la publication type plutôt que les quelques contenus devenus" + " viraux.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "applause_rate",
                "likes / posts / followers",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Applause rate",
                "Taux d'approbation",
                "Likes per post divided by followers (Kaushik's applause rate); missing when no post"
                    + " was published or there are no followers. Per post since kpikit 0.2: it"
                    + " divided the period's likes by followers, so posting twice as much read as"
                    + " twice the applause.",
                "Mentions « J'aime » par publication, divisées par le nombre d'abonnés (taux"
                    + " d'approbation de Kaushik) ; valeur manquante sans publication ou sans"
                    + " abonnés. Par publication depuis kpikit 0.2 : il divisait les « J'aime » de"
                    + " la période par les abonnés, si bien que publier deux fois plus semblait"
                    + " doubler l'approbation.",
                "How much the community approves of what the brand publishes.",
                "Mesure l'adhésion de la communauté à ce que publie la marque.")
            // likes per post per follower: count / count / count, which the unit check
            // reads as a count per count
            .unit(Unit.COUNT)
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "amplification_rate",
                "shares / reach",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Amplification rate",
                "Taux d'amplification",
                "Shares divided by gross post reach; missing when reach is 0. References disagree:"
                    + " some divide by followers, offered as the variant amplification_rate_by_followers.",
                "Partages divisés par la portée cumulée des publications ; valeur manquante si la"
                    + " portée est nulle. Les sources divergent : certaines divisent par les abonnés,"
                    + " d'où la variante amplification_rate_by_followers.",
                "Each share carries the content to a new audience for free.",
                "Chaque partage porte gratuitement le contenu vers une nouvelle audience.")
            .variants("amplification_rate_by_followers")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "amplification_rate_by_followers",
                "shares / posts / followers",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Amplification rate by followers",
                "Taux d'amplification par abonné",
                "Variant of the amplification rate: shares per post divided by followers (Kaushik's"
                    + " amplification rate); missing when no post was published or there are no"
                    + " followers. Per post since kpikit 0.2, like the applause and conversation"
                    + " rates, so that posting more does not read as more amplification.",
                "Variante du taux d'amplification : partages par publication, divisés par le nombre"
                    + " d'abonnés (taux d'amplification de Kaushik) ; valeur manquante sans"
                    + " publication ou sans abonnés. Par publication depuis kpikit 0.2, comme les"
                    + " taux d'approbation et de conversation, pour que publier davantage ne passe pas"
                    + " pour plus d'amplification.",
                "Comparable with the applause and conversation rates, which also divide by followers.",
                "Comparable aux taux d'approbation et de conversation, eux aussi rapportés aux"
                    + " abonnés.")
            .variantOf("amplification_rate")
            // likes per post per follower: count / count / count, which the unit check
            // reads as a count per count
            .unit(Unit.COUNT)
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "conversation_rate",
                "comments / posts / followers",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Conversation rate",
                "Taux de conversation",
                "Comments per post divided by followers (Kaushik's conversation rate); missing when no"
                    + " post was published or there are no followers. Per post since kpikit 0.2: it"
                    + " divided the period's comments by followers, which grew with the number of"
                    + " posts.",
                "Commentaires par publication, divisés par le nombre d'abonnés (taux de conversation"
                    + " de Kaushik) ; valeur manquante sans publication ou sans abonnés. Par"
                    + " publication depuis kpikit 0.2 : il divisait les commentaires de la période par"
                    + " les abonnés, ce qui augmentait avec le nombre de publications.",
                "Comments are a dialogue, a deeper form of engagement than a like.",
                "Un commentaire ouvre le dialogue : c'est un engagement plus fort qu'un"
                    + " « J'aime ».")
            // likes per post per follower: count / count / count, which the unit check
            // reads as a count per count
            .unit(Unit.COUNT)
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagements_per_post",
                "(likes + comments + shares) / posts",
                DisplayFormat.count(1),
                HIGHER_IS_BETTER,
                "Engagements per post",
                "Interactions par publication",
                "Engagements divided by posts published; missing when no post was published.",
                "Interactions divisées par le nombre de publications ; valeur manquante sans"
                    + " publication.",
                "Tells whether more posts bring more engagement or just dilute it.",
                "Indique si publier davantage suscite plus d'interactions ou les" + " dilue.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "interaction_growth",
                "growth(likes + comments + shares)",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Interaction growth",
                "Évolution des interactions",
                "Change in engagements from the previous period, relative to it; missing for the first"
                    + " period or when the previous one had no engagement.",
                "Variation des interactions par rapport à la période précédente, en pourcentage ;"
                    + " valeur manquante pour la première période ou si la précédente n'en comptait"
                    + " aucune.",
                "Shows the trend of engagement, whatever its level.",
                "Montre la tendance de l'engagement, quel que soit son niveau.")
            .build());
  }

  /**
   * The engagement KPIs of issue 19: saves, comments and shares as KPIs of their own, influencers
   * and hashtags.
   */
  private static void engagementDetails(KpiRegistry.Builder b) {
    b.add(
        kpi(
                ENGAGEMENT,
                "engagements_with_saves",
                "likes + comments + shares + saves",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Engagements with saves",
                "Interactions avec enregistrements",
                "Likes, comments, shares and saves added up, for the platforms that report saves"
                    + " (several tools count them as engagements).",
                "Somme des mentions « J'aime », commentaires, partages et enregistrements, pour les"
                    + " plateformes qui publient les enregistrements (plusieurs outils les comptent"
                    + " comme interactions).",
                "A save is a strong signal: the content is worth coming back to.",
                "Un enregistrement est un signal fort : le contenu mérite qu'on y revienne.")
            .variantOf("engagements")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagement_rate_with_saves",
                "(likes + comments + shares + saves) / reach",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Engagement rate with saves",
                "Taux d'engagement avec enregistrements",
                "Variant of the engagement rate that counts saves too: (likes + comments + shares +"
                    + " saves) divided by gross post reach; missing when reach is 0.",
                "Variante du taux d'engagement qui compte aussi les enregistrements : (J'aime +"
                    + " commentaires + partages + enregistrements) divisés par la portée cumulée ;"
                    + " valeur manquante si la portée est nulle.",
                "Comparable with the tools that count saves as engagements.",
                "Comparable aux outils qui comptent les enregistrements comme des interactions.")
            .variantOf("engagement_rate")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "comment_count",
                "comments",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Comments",
                "Commentaires",
                "Comments on the brand's content.",
                "Commentaires sur les contenus de la marque.",
                "Comments are conversations: the community talking to the brand.",
                "Les commentaires sont des conversations : la communauté parle à la marque.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "share_count",
                "shares",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Shares",
                "Partages",
                "Shares of the brand's content.",
                "Partages des contenus de la marque.",
                "Each share carries the brand to an audience it did not reach.",
                "Chaque partage porte la marque vers un public qu'elle n'atteignait pas.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "influencer_count",
                "count_by(influencer, posts)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Influencers",
                "Influenceurs",
                "Influencers who published for the brand in the period: the members of the"
                    + " influencer dimension with at least one post. Observations of influencer"
                    + " posts carry an influencer dimension; missing when no influencer is in the"
                    + " data for the period.",
                "Influenceurs qui ont publié pour la marque sur la période : les valeurs de la"
                    + " dimension influencer ayant au moins une publication. Les observations des"
                    + " publications d'influenceurs portent une dimension influencer ; valeur"
                    + " manquante sans influenceur dans les données de la période.",
                "How wide the brand's circle of influencers is.",
                "L'étendue du cercle d'influenceurs de la marque.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "influencer_reach",
                "sum_by(influencer, reach)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Influencer reach",
                "Portée des influenceurs",
                "Gross reach of the influencers' posts (rows with an influencer dimension), summed"
                    + " over influencers; missing when no influencer post is in the data.",
                "Portée cumulée des publications des influenceurs (lignes avec une dimension"
                    + " influencer), additionnée sur les influenceurs ; valeur manquante sans"
                    + " publication d'influenceur.",
                "The audience the brand reaches through others.",
                "Le public que la marque touche par d'autres voix.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "influencer_engagement",
                "sum_by(influencer, likes + comments + shares)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Influencer engagement",
                "Engagement des influenceurs",
                "Engagements (likes + comments + shares) generated by the influencers' posts,"
                    + " summed over influencers; missing when no influencer post is in the data.",
                "Interactions (J'aime + commentaires + partages) suscitées par les publications des"
                    + " influenceurs, additionnées sur les influenceurs ; valeur manquante sans"
                    + " publication d'influenceur.",
                "Whether influencer partnerships start conversations, not just impressions.",
                "Si les partenariats avec les influenceurs suscitent des échanges, pas seulement des"
                    + " impressions.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "engagement_per_influencer",
                "sum_by(influencer, likes + comments + shares) / count_by(influencer, posts)",
                DisplayFormat.count(1),
                HIGHER_IS_BETTER,
                "Engagement per influencer",
                "Engagement par influenceur",
                "The engagements the influencers' posts generated divided by the number of"
                    + " influencers who posted in the period (the mean over those who posted, not"
                    + " over every influencer known); missing when no influencer posted.",
                "Interactions suscitées par les publications des influenceurs divisées par le"
                    + " nombre d'influenceurs ayant publié dans la période (la moyenne sur ceux qui"
                    + " ont publié, pas sur tous les influenceurs connus) ; valeur manquante si aucun"
                    + " n'a publié.",
                "Compares partnerships of different sizes on the same footing.",
                "Compare sur un pied d'égalité des partenariats de tailles différentes.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "hashtag_posts",
                "sum_by(hashtag, posts)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Posts per hashtag",
                "Publications par hashtag",
                "Posts published with a hashtag, broken down by the hashtag dimension (values"
                    + " normalised by Hashtag.of, such as #summersale). A post with several hashtags"
                    + " is reported once per hashtag and counts toward each: added over hashtags,"
                    + " the figure exceeds the posts published.",
                "Publications portant un hashtag, ventilées par la dimension hashtag (valeurs"
                    + " normalisées par Hashtag.of, par exemple #summersale). Une publication à"
                    + " plusieurs hashtags est déclarée une fois par hashtag et compte pour chacun :"
                    + " additionné sur les hashtags, le total dépasse les publications.",
                "Which campaign hashtags the brand actually uses.",
                "Les hashtags de campagne que la marque utilise vraiment.")
            .build());
    b.add(
        kpi(
                AWARENESS,
                "hashtag_reach",
                "sum_by(hashtag, reach)",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Reach per hashtag",
                "Portée par hashtag",
                "Gross reach of the posts with a hashtag, by hashtag; a post with several hashtags"
                    + " counts toward each.",
                "Portée cumulée des publications portant un hashtag, par hashtag ; une publication"
                    + " à plusieurs hashtags compte pour chacun.",
                "How far each hashtag carries the brand's content.",
                "Jusqu'où chaque hashtag porte les contenus de la marque.")
            .build());
    b.add(
        kpi(
                ENGAGEMENT,
                "hashtag_engagement_rate",
                "sum_by(hashtag, likes + comments + shares) / sum_by(hashtag, reach)",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Engagement rate per hashtag",
                "Taux d'engagement par hashtag",
                "Engagements of the posts with a hashtag divided by their gross reach, by hashtag;"
                    + " missing when their reach is 0. A post with several hashtags counts toward"
                    + " each.",
                "Interactions des publications portant un hashtag divisées par leur portée"
                    + " cumulée, par hashtag ; valeur manquante si cette portée est nulle. Une"
                    + " publication à plusieurs hashtags compte pour chacun.",
                "Which hashtags draw an audience that reacts.",
                "Les hashtags qui attirent un public qui réagit.")
            .build());
  }

  private static void conversion(KpiRegistry.Builder b) {
    b.add(
        kpi(
                CONVERSION,
                "link_clicks",
                "clicks",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Clicks",
                "Clics",
                "Clicks on links in the brand's content.",
                "Clics sur les liens des contenus de la marque.",
                "The first step from attention to action.",
                "Le premier pas de l'attention vers l'action.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "ctr",
                "clicks / impressions",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Click-through rate (CTR)",
                "Taux de clics (CTR)",
                "Clicks divided by impressions; missing when there is no impression.",
                "Clics divisés par les impressions ; valeur manquante sans impression.",
                "How compelling content and ads are: a low CTR wastes the impressions paid for.",
                "Mesure l'attractivité des contenus et des annonces : un CTR faible gaspille les"
                    + " impressions achetées.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "conversion_rate",
                "conversions / clicks",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Conversion rate",
                "Taux de conversion",
                "Conversions (purchases, sign-ups) divided by clicks; missing when there is no click."
                    + " The variant conversion_rate_by_sessions divides by website sessions instead, as"
                    + " web analytics tools do.",
                "Conversions (achats, inscriptions) divisées par les clics ; valeur manquante sans"
                    + " clic. La variante conversion_rate_by_sessions divise plutôt par les visites du"
                    + " site, comme les outils d'analyse d'audience.",
                "Whether the traffic social media sends actually does what the business needs.",
                "Le trafic apporté par les réseaux sociaux fait-il ce dont l'entreprise a"
                    + " besoin ?")
            .variants("conversion_rate_by_sessions")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "conversion_rate_by_sessions",
                "conversions / sessions",
                DisplayFormat.percent(2),
                HIGHER_IS_BETTER,
                "Conversion rate by sessions",
                "Taux de conversion par visite",
                "Variant of the conversion rate: conversions divided by social sessions; missing when"
                    + " there is no session.",
                "Variante du taux de conversion : conversions divisées par les visites issues des"
                    + " réseaux sociaux ; valeur manquante sans visite.",
                "Matches the conversion rate of web analytics tools.",
                "Correspond au taux de conversion des outils d'analyse d'audience.")
            .variantOf("conversion_rate")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "bounce_rate",
                "bounced_sessions / sessions",
                DisplayFormat.percent(1),
                LOWER_IS_BETTER,
                "Bounce rate",
                "Taux de rebond",
                "Social sessions that left after one page, divided by social sessions; missing when"
                    + " there is no session.",
                "Visites issues des réseaux sociaux terminées après une seule page, divisées par"
                    + " l'ensemble de ces visites ; valeur manquante sans visite.",
                "A high bounce rate means the promise of the post is not kept by the landing page.",
                "Un taux de rebond élevé signale une page d'arrivée qui ne tient pas la promesse de la"
                    + " publication.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "lead_count",
                "leads",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Leads",
                "Leads (prospects)",
                "Leads collected from social media.",
                "Contacts qualifiés (leads) obtenus grâce aux réseaux sociaux.",
                "The pipeline social media feeds into sales.",
                "Le vivier que les réseaux sociaux apportent aux équipes commerciales.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "lead_growth_rate",
                "growth(leads)",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Lead growth rate",
                "Taux de croissance des leads",
                "Change in leads from the previous period, relative to it; missing for the first period"
                    + " or when the previous one had no lead.",
                "Variation du nombre de leads par rapport à la période précédente ; valeur manquante"
                    + " pour la première période ou si la précédente n'en comptait aucun.",
                "Whether lead generation is accelerating or running out of steam.",
                "La génération de leads accélère-t-elle ou s'essouffle-t-elle ?")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "customer_share",
                "customers / followers",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Customer share of the community",
                "Part de clients dans la communauté",
                "Customers in the community divided by the community's size (followers); missing"
                    + " when there are no followers. Over the whole community since kpikit 0.2: it"
                    + " divided customers by customers plus prospects, which left out the rest of the"
                    + " community.",
                "Clients de la communauté divisés par la taille de la communauté (abonnés) ; valeur"
                    + " manquante sans abonnés. Rapportée à toute la communauté depuis kpikit 0.2 :"
                    + " elle divisait les clients par la somme des clients et des prospects, en"
                    + " oubliant le reste de la communauté.",
                "How far the community has turned into business.",
                "Mesure à quel point la communauté s'est transformée en clientèle.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "prospect_share",
                "prospects / followers",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Prospect share of the community",
                "Part de prospects dans la communauté",
                "Prospects in the community divided by the community's size (followers); missing"
                    + " when there are no followers.",
                "Prospects de la communauté divisés par la taille de la communauté (abonnés) ;"
                    + " valeur manquante sans abonnés.",
                "The business still to win among the people who follow the brand.",
                "Le potentiel commercial encore à conquérir parmi les abonnés de la marque.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "sales_from_social",
                "social_sales",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Sales from social media",
                "Ventes issues des réseaux sociaux",
                "Sales attributed to social media, online or in store.",
                "Ventes attribuées aux réseaux sociaux, en ligne ou en magasin.",
                "Ties social activity to the business it brings.",
                "Relie l'activité sociale au chiffre d'affaires qu'elle apporte.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "store_visits_from_social",
                "store_visits",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Store visits from social media",
                "Visites en point de vente issues des réseaux sociaux",
                "Visits to a point of sale generated by social media.",
                "Visites en point de vente générées par les réseaux sociaux.",
                "For brands that sell in stores: the footfall social media brings.",
                "Pour les marques qui vendent en magasin : la fréquentation apportée par les réseaux"
                    + " sociaux.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "appointments_from_social",
                "appointments",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Appointments from social media",
                "Rendez-vous générés par les réseaux sociaux",
                "Appointments booked from social media.",
                "Rendez-vous pris depuis les réseaux sociaux.",
                "For services sold by appointment: the meetings social media brings.",
                "Pour les services vendus sur rendez-vous : les rencontres apportées par les réseaux"
                    + " sociaux.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "average_time_to_convert",
                "mean(time_to_convert)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Time to convert a prospect",
                "Délai de conversion d'un prospect",
                "Mean time from first contact to conversion, over the prospects converted in the"
                    + " period; missing when none converted.",
                "Durée moyenne entre le premier contact et la conversion, sur les prospects convertis"
                    + " dans la période ; valeur manquante si aucun ne l'a été.",
                "A shorter cycle means cash sooner and fewer prospects lost on the way.",
                "Un cycle plus court, c'est du chiffre d'affaires plus tôt et moins de prospects perdus"
                    + " en route.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "ambassador_share",
                "ambassadors / customers",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Ambassador share",
                "Part d'ambassadeurs",
                "Customers who actively recommend the brand, divided by customers; missing when there"
                    + " is no customer.",
                "Clients qui recommandent activement la marque, divisés par l'ensemble des clients ;"
                    + " valeur manquante sans client.",
                "Ambassadors recruit new customers at no cost and are trusted more than ads.",
                "Les ambassadeurs recrutent de nouveaux clients sans coût et inspirent plus confiance"
                    + " que la publicité.")
            .proportion()
            .build());
  }

  private static void costAndRevenue(KpiRegistry.Builder b) {
    b.add(
        kpi(
                COST_AND_REVENUE,
                "social_spend",
                "spend",
                DisplayFormat.currency(),
                ON_TARGET,
                "Spend",
                "Dépenses",
                "Money spent on social media and ads in the period.",
                "Montant dépensé sur les réseaux sociaux et en publicité sur la période.",
                "The investment every cost and return KPI is measured against.",
                "L'investissement auquel se rapportent tous les indicateurs de coût et de"
                    + " rentabilité.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "budget_consumption",
                "spend / budget",
                DisplayFormat.percent(1),
                ON_TARGET,
                "Budget consumption",
                "Consommation du budget",
                "Spend divided by the budget allocated to the period; missing when there is no budget."
                    + " 100 % is on plan.",
                "Dépenses divisées par le budget alloué à la période ; valeur manquante sans budget."
                    + " 100 % correspond au plan.",
                "Catches overspending early, and underspending that leaves results on the table.",
                "Repère tôt un dépassement, ou une sous-consommation qui prive de" + " résultats.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "cpc",
                "spend / clicks",
                DisplayFormat.currency(),
                LOWER_IS_BETTER,
                "Cost per click (CPC)",
                "Coût par clic (CPC)",
                "Spend divided by clicks; missing when there is no click.",
                "Dépenses divisées par le nombre de clics ; valeur manquante sans clic.",
                "What each visit bought from social media costs.",
                "Le prix de chaque visite achetée sur les réseaux sociaux.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "cpm",
                "1000 * spend / impressions",
                DisplayFormat.currency(),
                LOWER_IS_BETTER,
                "Cost per thousand impressions (CPM)",
                "Coût pour mille impressions (CPM)",
                "Spend divided by impressions, times 1,000; missing when there is no impression.",
                "Dépenses divisées par les impressions, multipliées par 1\u202f000 ; valeur manquante"
                    + " sans impression.",
                "The price of visibility, comparable across platforms and campaigns.",
                "Le prix de la visibilité, comparable d'une plateforme ou d'une campagne à"
                    + " l'autre.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "cost_per_lead",
                "spend / leads",
                DisplayFormat.currency(),
                LOWER_IS_BETTER,
                "Cost per lead",
                "Coût par lead",
                "Spend divided by leads collected; missing when there is no lead.",
                "Dépenses divisées par le nombre de leads obtenus ; valeur manquante sans lead.",
                "Tells whether social media generates leads at a price sales can afford.",
                "Indique si les réseaux sociaux génèrent des leads à un coût soutenable pour les"
                    + " ventes.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "cost_per_acquisition",
                "spend / new_customers",
                DisplayFormat.currency(),
                LOWER_IS_BETTER,
                "Cost per acquisition (CPA)",
                "Coût par acquisition (CPA)",
                "Spend divided by customers acquired; missing when no customer was acquired.",
                "Dépenses divisées par le nombre de clients acquis ; valeur manquante sans nouveau"
                    + " client.",
                "Compared with customer lifetime value, it says whether acquisition pays off.",
                "Comparé à la valeur vie client, il dit si l'acquisition est" + " rentable.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "social_revenue",
                "revenue",
                DisplayFormat.currency(),
                HIGHER_IS_BETTER,
                "Revenue",
                "Chiffre d'affaires",
                "Revenue attributed to social media in the period.",
                "Chiffre d'affaires attribué aux réseaux sociaux sur la période.",
                "What social media brings in: the language executives speak.",
                "Ce que rapportent les réseaux sociaux : le langage de la direction.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "roi",
                "(revenue - spend) / spend",
                DisplayFormat.percent(0),
                HIGHER_IS_BETTER,
                "Return on investment (ROI)",
                "Retour sur investissement (ROI)",
                "Revenue minus spend, divided by spend; missing when nothing was spent. 0 % means the"
                    + " spend was just paid back.",
                "Chiffre d'affaires moins dépenses, divisé par les dépenses ; valeur manquante sans"
                    + " dépense. 0 % signifie que la dépense est tout juste remboursée.",
                "Whether social media earns more than it costs.",
                "Les réseaux sociaux rapportent-ils plus qu'ils ne coûtent ?")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "roas",
                "revenue / spend",
                DisplayFormat.multiple(2),
                HIGHER_IS_BETTER,
                "Return on ad spend (ROAS)",
                "Retour sur dépenses publicitaires (ROAS)",
                "Revenue divided by spend; missing when nothing was spent. 1× means the spend was"
                    + " just paid back.",
                "Chiffre d'affaires divisé par les dépenses ; valeur manquante sans dépense. 1× signifie"
                    + " que la dépense est tout juste remboursée.",
                "The revenue each unit of ad money brings back, to arbitrate between campaigns.",
                "Le chiffre d'affaires rapporté par chaque euro investi, pour arbitrer entre"
                    + " campagnes.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "customer_lifetime_value",
                "revenue / customers * $margin / (customers_lost / previous(customers, 1))",
                DisplayFormat.currency(),
                HIGHER_IS_BETTER,
                "Customer lifetime value",
                "Valeur vie client",
                "Average revenue per customer in the period, times the gross margin ($margin, a"
                    + " number in (0, 1] the query gives), divided by the churn rate of the period:"
                    + " customers lost over the customers at its start (the previous period's end)."
                    + " Assumes revenue per customer, margin and churn stay as they are; missing in"
                    + " the first period (no start count), when there is no customer, and when no"
                    + " customer was lost: a churn of 0 would make the value infinite. Since kpikit"
                    + " 0.2; the former historical ratio, which grew with the history loaded, is"
                    + " revenue_per_customer_to_date.",
                "Chiffre d'affaires moyen par client sur la période, multiplié par la marge brute"
                    + " ($margin, un nombre de ]0, 1] donné par la requête), divisé par le taux"
                    + " d'attrition de la période : clients perdus rapportés aux clients en début de"
                    + " période (fin de la période précédente). Suppose stables le chiffre d'affaires"
                    + " par client, la marge et l'attrition. Valeur manquante pour la première"
                    + " période (sans effectif de départ), sans client, et quand aucun client n'a été"
                    + " perdu : une attrition nulle rendrait la valeur infinie. Depuis kpikit 0.2 ;"
                    + " l'ancien ratio historique, qui grandissait avec l'historique chargé, est"
                    + " revenue_per_customer_to_date.",
                "Sets the most one can spend to acquire a customer.",
                "Fixe le montant maximal à consacrer à l'acquisition d'un client.")
            .parameter("margin", 0, 1)
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "revenue_per_customer_to_date",
                "cumulative(revenue) / customers",
                DisplayFormat.currency(),
                HIGHER_IS_BETTER,
                "Revenue per customer to date",
                "Chiffre d'affaires par client à date",
                "Revenue accumulated since the first period of the data given, divided by customers"
                    + " at the end of the period; missing when there is no customer. It depends on"
                    + " the history given: the same February reads differently with or without"
                    + " January loaded. Named so since kpikit 0.2, when it stopped being called the"
                    + " customer lifetime value.",
                "Chiffre d'affaires cumulé depuis la première période des données fournies, divisé"
                    + " par le nombre de clients en fin de période ; valeur manquante sans client. Il"
                    + " dépend de l'historique fourni : le même mois de février change selon que"
                    + " janvier est chargé ou non. Nommé ainsi depuis kpikit 0.2, quand il a cessé"
                    + " de s'appeler valeur vie client.",
                "Shows how much revenue the customer base has brought so far.",
                "Montre ce que la clientèle a rapporté jusqu'ici.")
            .build());
    b.add(
        kpi(
                COST_AND_REVENUE,
                "revenue_per_social_sale",
                "revenue / social_sales",
                DisplayFormat.currency(),
                HIGHER_IS_BETTER,
                "Revenue per social-sourced sale",
                "Chiffre d'affaires par vente issue des réseaux sociaux",
                "Revenue attributed to social media divided by the sales attributed to it; missing"
                    + " when there is no such sale.",
                "Chiffre d'affaires attribué aux réseaux sociaux divisé par les ventes qui leur sont"
                    + " attribuées ; valeur manquante sans vente de ce type.",
                "The value of a sale that social media brought: what a lead or a visit is worth.",
                "La valeur d'une vente apportée par les réseaux sociaux : ce que vaut un contact ou"
                    + " une visite.")
            .build());
  }

  private static void satisfaction(KpiRegistry.Builder b) {
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "testimonial_count",
                "testimonials",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Testimonials",
                "Témoignages",
                "Testimonials and reviews published by customers.",
                "Témoignages et avis publiés par les clients.",
                "Social proof that convinces prospects better than any ad.",
                "Une preuve sociale qui convainc mieux les prospects que toute" + " publicité.")
            .build());
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "csat",
                "csat_satisfied / csat_responses",
                DisplayFormat.percent(0),
                HIGHER_IS_BETTER,
                "Customer satisfaction (CSAT)",
                "Satisfaction client (CSAT)",
                "Share of survey answers of 4 or 5 on a 1 to 5 scale; missing when there is no answer.",
                "Part des réponses à 4 ou 5 sur une échelle de 1 à 5 ; valeur manquante sans"
                    + " réponse.",
                "A direct reading of how customers feel about an interaction or a product.",
                "Une mesure directe du ressenti des clients après un échange ou un" + " achat.")
            .proportion()
            .build());
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "nps",
                "100 * (nps_promoters - nps_detractors) / nps_responses",
                DisplayFormat.score(0),
                HIGHER_IS_BETTER,
                "Net Promoter Score (NPS)",
                "Net Promoter Score (NPS)",
                "Percentage of promoters (answers 9 to 10) minus percentage of detractors (0 to 6), a"
                    + " score from -100 to 100; missing when there is no answer.",
                "Pourcentage de promoteurs (notes de 9 à 10) moins pourcentage de détracteurs (0 à 6),"
                    + " soit un score de -100 à 100 ; valeur manquante sans réponse.",
                "Willingness to recommend predicts growth by word of mouth.",
                "La propension à recommander annonce la croissance par le bouche-à-oreille.")
            .build());
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "average_survey_score",
                "mean(survey_score)",
                DisplayFormat.score(2),
                HIGHER_IS_BETTER,
                "Average survey score",
                "Note moyenne des enquêtes",
                "Mean of the individual survey answers; missing when there is no answer.",
                "Moyenne des notes attribuées dans les enquêtes ; valeur manquante sans réponse.",
                "A finer reading than CSAT, which only counts the satisfied.",
                "Plus nuancée que la CSAT, qui ne compte que les clients satisfaits.")
            .unit(Unit.SCORE)
            .build());
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "positive_sentiment_share",
                "positive_mentions / mentions",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Positive sentiment share",
                "Part de sentiment positif",
                "Positive mentions divided by all mentions (neutral ones included); missing when there"
                    + " is no mention.",
                "Mentions positives divisées par l'ensemble des mentions, neutres comprises ; valeur"
                    + " manquante sans mention.",
                "Awareness only helps if people speak well of the brand.",
                "La notoriété n'aide que si l'on parle bien de la marque.")
            .proportion()
            .build());
    b.add(
        kpi(
                SATISFACTION_AND_SUPPORT,
                "net_sentiment",
                "(positive_mentions - negative_mentions) / (positive_mentions + negative_mentions)",
                DisplayFormat.percent(0),
                HIGHER_IS_BETTER,
                "Net sentiment",
                "Sentiment net",
                "Positive minus negative mentions, divided by positive plus negative mentions, from"
                    + " -100 % to 100 %; missing when no mention has a sentiment.",
                "Mentions positives moins négatives, divisées par la somme des deux, de -100 % à"
                    + " 100 % ; valeur manquante si aucune mention n'est qualifiée.",
                "Sums up the tone of the conversation in one figure, and reveals a crisis early.",
                "Résume la tonalité des conversations en un chiffre et signale tôt une" + " crise.")
            .build());
  }

  private static void team(KpiRegistry.Builder b) {
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "inbox_items_received",
                "items_received",
                DisplayFormat.count(0),
                ON_TARGET,
                "Items received",
                "Messages reçus",
                "Comments, messages and reviews received that call for an answer.",
                "Commentaires, messages et avis reçus qui appellent une réponse.",
                "The workload the team must be staffed for.",
                "La charge de travail à laquelle dimensionner l'équipe.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "inbox_items_processed",
                "items_answered",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Items processed",
                "Messages traités",
                "Items answered or processed in the period.",
                "Messages auxquels l'équipe a répondu ou qu'elle a traités sur la période.",
                "The team's output.",
                "La production de l'équipe.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "inbox_items_pending",
                "items_pending",
                DisplayFormat.count(0),
                LOWER_IS_BETTER,
                "Items pending",
                "Messages en attente",
                "Items waiting for an answer at the end of the period (the last reading).",
                "Messages en attente de réponse en fin de période (dernier relevé).",
                "A growing backlog means customers left without an answer.",
                "Un stock qui grossit, ce sont des clients laissés sans réponse.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "response_rate",
                "items_answered / items_received",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Response rate",
                "Taux de réponse",
                "Items answered divided by items received in the same period, each counted when"
                    + " it happens: answers to last week's items count this week, so the rate can"
                    + " top 100%; cohort_response_rate follows each item from its arrival and"
                    + " never does; missing when nothing was received.",
                "Messages traités divisés par messages reçus sur la même période, chacun compté"
                    + " quand il a lieu : les réponses aux messages de la semaine passée comptent"
                    + " cette semaine, si bien que le taux peut dépasser 100 % ;"
                    + " cohort_response_rate suit chaque message depuis son arrivée et ne le"
                    + " dépasse jamais. Valeur manquante si rien n'a été reçu.",
                "Unanswered customers go elsewhere, and say so in public.",
                "Un client sans réponse va voir ailleurs, et le fait savoir" + " publiquement.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "average_response_time",
                "mean(response_time)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Average response time",
                "Délai moyen de réponse",
                "Mean time from receiving an item to answering it; missing when nothing was answered."
                    + " A few very slow answers pull it up: compare with the median.",
                "Durée moyenne entre la réception d'un message et la réponse ; valeur manquante sans"
                    + " réponse. Quelques réponses très tardives la tirent vers le haut : à comparer"
                    + " avec la médiane.",
                "On social media, customers expect an answer within hours.",
                "Sur les réseaux sociaux, les clients attendent une réponse dans" + " l'heure.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "median_response_time",
                "median(response_time)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Median response time",
                "Délai médian de réponse",
                "Response time that half the answers beat; missing when nothing was answered.",
                "Délai en deçà duquel se situe la moitié des réponses ; valeur manquante sans"
                    + " réponse.",
                "The typical customer's wait, not skewed by a few forgotten messages.",
                "L'attente du client type, sans l'effet de quelques messages" + " oubliés.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "items_processed_per_member_per_day",
                "items_answered / team_members / days()",
                DisplayFormat.count(1),
                HIGHER_IS_BETTER,
                "Items processed per member per day",
                "Messages traités par personne et par jour",
                "Items answered divided by team members and by the number of days; missing when the"
                    + " team has no member.",
                "Messages traités divisés par le nombre de membres de l'équipe et par le nombre de"
                    + " jours ; valeur manquante si l'équipe ne compte personne.",
                "Productivity, to plan staffing for peaks.",
                "La productivité, pour dimensionner l'équipe lors des pics.")
            .build());
  }

  // ---- Team operations from the inbox's lifecycle (issue 13): the metrics that
  // io.github.kpikit.operations.Inbox writes. Kept in one block.

  private static void teamOperations(KpiRegistry.Builder b) {
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "inbox_items_closed",
                "items_closed",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Items closed",
                "Messages clôturés",
                "Items closed (processed) in the period, counted when they were closed.",
                "Messages clôturés (traités) sur la période, comptés à leur clôture.",
                "The team's finished work; with the items received, it tells whether the backlog"
                    + " grows.",
                "Le travail achevé par l'équipe ; rapproché des messages reçus, il dit si le stock"
                    + " en attente grossit.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "cohort_response_rate",
                "cohort_items_answered / items_received",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Response rate (by arrival cohort)",
                "Taux de réponse (par cohorte d'arrivée)",
                "Share of the items received in the period that got an answer, whenever the answer"
                    + " came: each item counts in the period it arrived, so the rate never exceeds"
                    + " 100 %; missing when nothing was received. The latest periods can still rise"
                    + " as late answers come in.",
                "Part des messages reçus sur la période qui ont obtenu une réponse, quelle que soit"
                    + " sa date : chaque message compte dans la période de son arrivée, si bien que"
                    + " le taux ne dépasse jamais 100 % ; valeur manquante si rien n'a été reçu. Les"
                    + " dernières périodes peuvent encore monter avec les réponses tardives.",
                "Unanswered customers go elsewhere, and say so in public; counted by arrival, the"
                    + " rate is not flattered by a week that clears an old backlog.",
                "Un client sans réponse va voir ailleurs, et le fait savoir ; compté par arrivée, le"
                    + " taux n'est pas gonflé par une semaine qui solde un ancien retard.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "sla_rate",
                "cohort_items_within_sla / items_received",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Answered within the SLA",
                "Réponses dans le délai promis (SLA)",
                "Share of the items received in the period whose first answer came within the"
                    + " team's service-level agreement (a delay in elapsed or in working time, as the"
                    + " team sets it), by arrival; missing when nothing was received.",
                "Part des messages reçus sur la période dont la première réponse est arrivée dans"
                    + " le délai promis par l'équipe (en temps écoulé ou en heures ouvrées, selon"
                    + " l'engagement), par date d'arrivée ; valeur manquante si rien n'a été reçu.",
                "The promise made to customers, kept or not: a mean delay hides the answers that"
                    + " came too late.",
                "La promesse faite aux clients, tenue ou non : un délai moyen masque les réponses"
                    + " arrivées trop tard.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "average_working_response_time",
                "mean(working_response_time)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Average response time (working hours)",
                "Délai moyen de réponse (heures ouvrées)",
                "Mean time from receiving an item to its first answer, counting the team's opening"
                    + " hours only (received Friday 17:55 and answered Monday 09:05 under 09:00-18:00"
                    + " hours: 10 working minutes), by the period the item arrived; missing when no"
                    + " item of the period was answered.",
                "Durée moyenne entre la réception d'un message et sa première réponse, en ne comptant"
                    + " que les heures d'ouverture de l'équipe (reçu vendredi à 17 h 55, répondu lundi"
                    + " à 9 h 05 avec des horaires 9 h-18 h : 10 minutes ouvrées), selon la période"
                    + " d'arrivée ; valeur manquante si aucun message de la période n'a eu de"
                    + " réponse.",
                "Measures the team's speed without the nights and weekends it is not paid to work.",
                "Mesure la réactivité de l'équipe sans les nuits ni les week-ends où elle ne"
                    + " travaille pas.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "median_working_response_time",
                "median(working_response_time)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Median response time (working hours)",
                "Délai médian de réponse (heures ouvrées)",
                "Working time to the first answer that half the items of the period beat, counting"
                    + " opening hours only, by arrival; missing when no item of the period was"
                    + " answered.",
                "Délai en heures ouvrées que la moitié des messages de la période ont battu, par"
                    + " date d'arrivée ; valeur manquante si aucun message de la période n'a eu de"
                    + " réponse.",
                "The typical wait in the team's own hours, not skewed by a few forgotten messages.",
                "L'attente typique, mesurée sur les heures de l'équipe, sans l'effet de quelques"
                    + " messages oubliés.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "p90_response_time",
                "quantile(response_time, 0.9)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Response time, 90th percentile",
                "Délai de réponse au 90e centile",
                "Elapsed time within which 90 % of the items of the period that were answered got"
                    + " their first answer, by arrival; missing when no item of the period was"
                    + " answered.",
                "Délai écoulé dans lequel 90 % des messages de la période ayant eu une réponse"
                    + " l'ont obtenue, par date d'arrivée ; valeur manquante si aucun n'a eu de"
                    + " réponse.",
                "The wait of the unlucky customer: what a promise of service must cover.",
                "L'attente du client malchanceux : ce qu'une promesse de service doit couvrir.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "p90_working_response_time",
                "quantile(working_response_time, 0.9)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Response time in working hours, 90th percentile",
                "Délai de réponse en heures ouvrées au 90e centile",
                "Working time within which 90 % of the items of the period that were answered got"
                    + " their first answer, counting opening hours only, by arrival; missing when no"
                    + " item of the period was answered.",
                "Délai en heures ouvrées dans lequel 90 % des messages de la période ayant eu une"
                    + " réponse l'ont obtenue, par date d'arrivée ; valeur manquante si aucun n'a eu"
                    + " de réponse.",
                "Checks a working-hours promise of service on its slowest answers.",
                "Vérifie une promesse de service en heures ouvrées sur ses réponses les plus"
                    + " lentes.")
            .build());
    b.add(
        kpi(
                TEAM_OPERATIONS,
                "items_closed_per_day_worked",
                "items_closed / member_days_worked",
                DisplayFormat.count(1),
                HIGHER_IS_BETTER,
                "Items closed per day worked",
                "Messages clôturés par jour travaillé",
                "Items closed divided by the days the team's members worked (a member's day counts"
                    + " when they answered or closed at least one item); missing when nobody worked."
                    + " Broken down by member, each member's daily throughput.",
                "Messages clôturés divisés par le nombre de jours travaillés par les membres de"
                    + " l'équipe (une journée compte quand le membre a répondu à un message ou en a"
                    + " clôturé un) ; valeur manquante si personne n'a travaillé. Ventilé par"
                    + " membre, le débit quotidien de chacun.",
                "Productivity on the days actually worked, so that holidays and part-time do not"
                    + " read as slowness.",
                "La productivité sur les jours réellement travaillés : congés et temps partiel ne"
                    + " passent pas pour de la lenteur.")
            .build());
  }

  // ---- end of the team operations block
  // -----------------------------------------------------------------------------------------------
  // People: KPIs over the distinct people of the community (metrics written by
  // io.github.kpikit.people.Community), issue 12 item 4. Distinct metrics are united, not added,
  // across days and channels, so each person counts once in every bucket.
  // -----------------------------------------------------------------------------------------------

  private static void people(KpiRegistry.Builder b) {
    b.add(
        kpi(
                COMMUNITY,
                "unique_people",
                "community_people",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Unique people",
                "Personnes uniques",
                "People of the community active in the period on any channel, each counted once"
                    + " after their platform ids are merged into one profile.",
                "Personnes de la communauté actives sur la période, sur tous les canaux, chacune"
                    + " comptée une fois après le rapprochement de ses identifiants en un profil"
                    + " unique.",
                "The real size of the active community, without the double counts of a person who"
                    + " follows the brand on three networks.",
                "La taille réelle de la communauté active, sans compter deux fois une personne qui"
                    + " suit la marque sur trois réseaux.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "new_people_count",
                "new_people",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "New people",
                "Nouvelles personnes",
                "People whose first activity of all falls in the period, each counted once.",
                "Personnes dont la toute première activité tombe dans la période, chacune comptée"
                    + " une fois.",
                "Whether the brand still recruits beyond the people it already knows.",
                "Indique si la marque recrute encore au-delà des personnes qu'elle connaît déjà.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "returning_people_count",
                "community_people - new_people",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Returning people",
                "Personnes fidèles",
                "People active in the period who had been active before it: unique people less new"
                    + " people; missing for a period without data.",
                "Personnes actives sur la période qui l'avaient déjà été avant : personnes uniques"
                    + " moins nouvelles personnes ; valeur manquante pour une période sans données.",
                "A community that comes back is one the brand does not have to buy again.",
                "Une communauté qui revient est une communauté que la marque n'a pas à racheter.")
            .build());
    b.add(
        kpi(
                COMMUNITY,
                "returning_people_share",
                "(community_people - new_people) / community_people",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Returning people share",
                "Part de personnes fidèles",
                "Returning people divided by unique people; missing when nobody was active.",
                "Personnes fidèles divisées par les personnes uniques ; valeur manquante si personne"
                    + " n'a été actif.",
                "Loyalty: how much of the active community had already been there.",
                "La fidélité : quelle part de la communauté active était déjà là avant.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "customer_share_of_people",
                "customer_people / community_people",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Customer share of unique people",
                "Part de clients parmi les personnes uniques",
                "Active people matched as customers (in the customer file, or converted before),"
                    + " divided by unique people; missing when nobody was active.",
                "Personnes actives reconnues comme clientes (présentes dans le fichier clients, ou"
                    + " converties auparavant), divisées par les personnes uniques ; valeur"
                    + " manquante si personne n'a été actif.",
                "How far the community is made of customers, counted person by person rather than"
                    + " from follower totals.",
                "Mesure la part de clients dans la communauté, personne par personne plutôt qu'à"
                    + " partir des totaux d'abonnés.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "prospect_share_of_people",
                "prospect_people / community_people",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Prospect share of unique people",
                "Part de prospects parmi les personnes uniques",
                "Active people who are not customers, divided by unique people; missing when nobody"
                    + " was active.",
                "Personnes actives qui ne sont pas clientes, divisées par les personnes uniques ;"
                    + " valeur manquante si personne n'a été actif.",
                "The business still to win among the people the brand actually talks to.",
                "Le potentiel commercial encore à conquérir parmi les personnes avec qui la marque"
                    + " échange vraiment.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "ambassador_share_of_customers",
                "ambassador_people / customer_people",
                DisplayFormat.percent(1),
                HIGHER_IS_BETTER,
                "Ambassador share of active customers",
                "Part d'ambassadeurs parmi les clients actifs",
                "Customers who recommended the brand in the period, divided by the active customers;"
                    + " missing when no customer was active.",
                "Clients ayant recommandé la marque sur la période, divisés par les clients actifs ;"
                    + " valeur manquante si aucun client n'a été actif.",
                "Ambassadors recruit at no cost; counted person by person, a prolific reviewer"
                    + " counts once.",
                "Les ambassadeurs recrutent sans coût ; comptés personne par personne, un client"
                    + " qui publie beaucoup d'avis ne compte qu'une fois.")
            .proportion()
            .build());
    b.add(
        kpi(
                CONVERSION,
                "unique_leads",
                "lead_people",
                DisplayFormat.count(0),
                HIGHER_IS_BETTER,
                "Unique leads",
                "Leads uniques",
                "People who left their contact details in the period, each counted once however"
                    + " many forms or game entries they sent.",
                "Personnes ayant laissé leurs coordonnées sur la période, chacune comptée une fois"
                    + " quel que soit le nombre de formulaires ou de participations envoyés.",
                "The contacts a campaign really collected, without the duplicates sales would call"
                    + " twice.",
                "Les contacts réellement collectés par une campagne, sans les doublons que les"
                    + " commerciaux appelleraient deux fois.")
            .build());
    b.add(
        kpi(
                CONVERSION,
                "median_time_to_convert",
                "median(time_to_convert)",
                DisplayFormat.duration(),
                LOWER_IS_BETTER,
                "Median time to convert a prospect",
                "Délai médian de conversion d'un prospect",
                "Time from first contact to conversion that half the prospects converted in the"
                    + " period beat; missing when none converted.",
                "Délai entre le premier contact et la conversion en deçà duquel se situe la moitié"
                    + " des prospects convertis sur la période ; valeur manquante si aucun ne l'a"
                    + " été.",
                "The typical sales cycle, not pulled up by a few prospects who took a year.",
                "Le cycle de vente type, sans l'effet de quelques prospects qui ont mis un an.")
            .build());
  }

  // -----------------------------------------------------------------------------------------------
  // End of the people block.
  // -----------------------------------------------------------------------------------------------
}
