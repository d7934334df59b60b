package io.github.kpikit.examples;

import io.github.kpikit.experiment.ConversionCounts;
import io.github.kpikit.people.Activity;
import io.github.kpikit.people.CustomerFile;
import io.github.kpikit.people.IdentityMap;
import io.github.kpikit.people.PlatformId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A made-up instant-win game run on social media for four weeks, generated from a seed, whose
 * figures reproduce those of the worked example of the reference articles: a Facebook instant-win
 * game that collected 24,759 contacts and brought in three times its cost.
 *
 * <pre>{@code
 * InstantWinCampaign campaign = InstantWinCampaign.generate(InstantWinCampaign.DEFAULT_SEED);
 * Community community = Community.builder(campaign.identities(), campaign.customerFile())
 *     .addAll(campaign.activities())
 *     .build();
 * community.leads().size();                                   // 24759
 * community.paths(InstantWinCampaign.WINDOW).value();          // 60000.00, three times the cost
 * }</pre>
 *
 * <h2>What is generated</h2>
 *
 * <p>{@value #CONTACTS} people enter the game in the four weeks from {@link #START}, each through
 * one channel ({@code facebook}, {@code instagram}, {@code influencer} or {@code email}); a fifth
 * of them are already customers, whose e-mail addresses are in the {@linkplain #customerFile()
 * customer file} with 5,000 customers who did not play. Half of the people saw the campaign on
 * another channel in the days before (an ad click, a like), and about 9% enter a second time with
 * another account, which only the {@linkplain #identities() identity map} (each person's e-mail,
 * Facebook id, Instagram handle and web cookie) reveals as the same person. Entries through
 * Facebook come from one of two ad creatives, {@code A} and {@code B}, each shown to about 200,000
 * people ({@link #creative(String)}). Some prospects buy on the web shop (5% to 10% depending on
 * the channel that brought them) and some customers buy again (18%), after an exponential delay of
 * mean 35 days: about three quarters within the 90-day {@link #WINDOW}. Purchase values are
 * log-normal, then scaled (to the cent) so that the purchases within 90 days of each person's first
 * activity add up to exactly three times the campaign's {@linkplain #cost() cost}, 20,000 EUR.
 *
 * <p>Instances are immutable; the same seed gives the same campaign.
 */
public final class InstantWinCampaign {

  /** The seed of the campaign shown in the notebook: {@value}. */
  public static final long DEFAULT_SEED = 2026L;

  /** The contacts the game collects, as in the reference articles: {@value}. */
  public static final int CONTACTS = 24_759;

  /** The first instant of the game, Monday 2 March 2026 at midnight UTC. */
  public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  /**
   * The first instant of the data, Monday 23 February 2026 at midnight UTC: a week before the game,
   * since people may see it on another channel up to three days before they enter.
   */
  public static final Instant DATA_START = Instant.parse("2026-02-23T00:00:00Z");

  /** The end of the data (exclusive): the game's four weeks and six months after. */
  public static final Instant END = Instant.parse("2026-10-01T00:00:00Z");

  /** The conversion window: purchases within 90 days of a person's first activity. */
  public static final Duration WINDOW = Duration.ofDays(90);

  /** The revenue of the window over the cost: {@value}. */
  public static final int RETURN_MULTIPLE = 3;

  private static final String[] CHANNELS = {"email", "facebook", "influencer", "instagram"};
  private static final double[] PROSPECT_MIX = {0.04, 0.58, 0.16, 0.22};
  private static final double[] CUSTOMER_MIX = {0.45, 0.30, 0.10, 0.15};
  private static final double[] PROSPECT_CONVERSION = {0.10, 0.05, 0.08, 0.06};
  private static final double CUSTOMER_REPURCHASE = 0.18;
  private static final double CUSTOMER_SHARE = 0.20;
  private static final double SECOND_ENTRY = 0.09;
  private static final int OTHER_CUSTOMERS = 5_000;
  private static final int CREATIVE_REACH = 400_000;
  private static final double CREATIVE_B_SHARE_OF_ENTRIES = 0.53;

  private final List<Activity> activities;
  private final IdentityMap identities;
  private final CustomerFile customerFile;
  private final Map<String, Double> costByChannel;
  private final ConversionCounts creativeA;
  private final ConversionCounts creativeB;

  private InstantWinCampaign(
      List<Activity> activities,
      IdentityMap identities,
      CustomerFile customerFile,
      Map<String, Double> costByChannel,
      ConversionCounts creativeA,
      ConversionCounts creativeB) {
    this.activities = activities;
    this.identities = identities;
    this.customerFile = customerFile;
    this.costByChannel = costByChannel;
    this.creativeA = creativeA;
    this.creativeB = creativeB;
  }

  /** One purchase while generating, in cents before scaling. */
  private static final class Purchase {
    final PlatformId who;
    final Instant instant;
    final double raw;
    final boolean inWindow;
    long cents;

    Purchase(PlatformId who, Instant instant, double raw, boolean inWindow) {
      this.who = who;
      this.instant = instant;
      this.raw = raw;
      this.inWindow = inWindow;
    }
  }

  /**
   * Generates the campaign of a seed.
   *
   * @param seed the seed
   * @return the campaign, never null
   */
  public static InstantWinCampaign generate(long seed) {
    Random random = new Random(seed);
    List<Activity> activities = new ArrayList<>();
    List<Purchase> purchases = new ArrayList<>();
    IdentityMap.Builder map = IdentityMap.builder();
    List<PlatformId> customers = new ArrayList<>();
    long facebookEntries = 0;
    long entriesB = 0;
    long gameSeconds = Duration.ofDays(28).toSeconds();
    for (int n = 1; n <= CONTACTS; n++) {
      String person = String.format("p%05d", n);
      PlatformId email = PlatformId.of("email", person + "@mail.example");
      PlatformId facebook = PlatformId.of("facebook", Long.toString(100_000_000L + 7L * n));
      PlatformId instagram = PlatformId.of("instagram", "@" + person + ".ig");
      PlatformId cookie = PlatformId.of("web", "ck-" + Integer.toHexString(0x10000 + 31 * n));
      map.link(person, email, facebook, instagram, cookie);
      boolean customer = random.nextDouble() < CUSTOMER_SHARE;
      if (customer) {
        customers.add(email);
      }
      int channel = pick(random, customer ? CUSTOMER_MIX : PROSPECT_MIX);
      Instant entry = START.plusSeconds((long) (random.nextDouble() * gameSeconds));
      // Touches in the days before the entry, on other channels.
      double u = random.nextDouble();
      int touches = u < 0.15 ? 2 : u < 0.5 ? 1 : 0;
      Instant first = entry;
      for (int k = touches; k >= 1; k--) {
        int other = (channel + 1 + random.nextInt(CHANNELS.length - 1)) % CHANNELS.length;
        Instant t = entry.minusSeconds((long) ((k - random.nextDouble()) * 86_400 * 1.5));
        activities.add(
            touch(
                random,
                CHANNELS[other],
                idOn(CHANNELS[other], email, facebook, instagram, cookie),
                t));
        if (t.isBefore(first)) {
          first = t;
        }
      }
      PlatformId entrant = idOn(CHANNELS[channel], email, facebook, instagram, cookie);
      activities.add(Activity.lead(CHANNELS[channel], entrant, entry));
      if (CHANNELS[channel].equals("facebook")) {
        facebookEntries++;
        if (random.nextDouble() < CREATIVE_B_SHARE_OF_ENTRIES) {
          entriesB++;
        }
      }
      if (random.nextDouble() < SECOND_ENTRY) {
        // A second entry with another account, a few days later: the same person.
        int again = random.nextInt(CHANNELS.length);
        PlatformId other =
            again == channel ? email : idOn(CHANNELS[again], email, facebook, instagram, cookie);
        if (other.equals(entrant)) {
          other = cookie;
        }
        activities.add(
            Activity.lead(
                CHANNELS[again], other, entry.plusSeconds(3_600 + random.nextInt(345_600))));
      }
      double buys = customer ? CUSTOMER_REPURCHASE : PROSPECT_CONVERSION[channel];
      if (random.nextDouble() < buys) {
        Instant bought =
            entry.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 35 * 86_400));
        double raw = Math.exp(3.6 + 0.5 * random.nextGaussian());
        boolean inWindow = !bought.isAfter(first.plus(WINDOW));
        if (bought.isBefore(END)) {
          purchases.add(new Purchase(email, bought, raw, inWindow));
        }
      }
    }
    for (int n = 1; n <= OTHER_CUSTOMERS; n++) {
      customers.add(PlatformId.of("email", String.format("c%05d@mail.example", n)));
    }
    Map<String, Double> cost = new TreeMap<>();
    cost.put("email", 1_000.0);
    cost.put("facebook", 11_000.0); // ads 7,500 and prizes 3,500: the game runs on Facebook
    cost.put("influencer", 4_500.0);
    cost.put("instagram", 3_500.0);
    double total = 0;
    for (double c : cost.values()) {
      total += c;
    }
    scale(purchases, Math.round(total * RETURN_MULTIPLE * 100));
    for (Purchase p : purchases) {
      activities.add(Activity.conversion("web", p.who, p.instant, p.cents / 100.0));
    }
    long reachA =
        CREATIVE_REACH / 2 + Math.round(random.nextGaussian() * Math.sqrt(CREATIVE_REACH / 4.0));
    ConversionCounts a = ConversionCounts.of(reachA, facebookEntries - entriesB);
    ConversionCounts b = ConversionCounts.of(CREATIVE_REACH - reachA, entriesB);
    return new InstantWinCampaign(
        Collections.unmodifiableList(activities),
        map.build(),
        CustomerFile.of(customers),
        Collections.unmodifiableMap(cost),
        a,
        b);
  }

  /** Scales the purchases in the window so that they add up to {@code target} cents exactly. */
  private static void scale(List<Purchase> purchases, long target) {
    double raw = 0;
    for (Purchase p : purchases) {
      if (p.inWindow) {
        raw += p.raw;
      }
    }
    double factor = target / raw;
    long sum = 0;
    Purchase last = null;
    for (Purchase p : purchases) {
      p.cents = Math.max(1, Math.round(p.raw * factor));
      if (p.inWindow) {
        sum += p.cents;
        last = p;
      }
    }
    last.cents += target - sum;
  }

  private static Activity touch(Random random, String channel, PlatformId who, Instant t) {
    return random.nextBoolean()
        ? Activity.touch(channel, who, t)
        : Activity.engagement(channel, who, t);
  }

  private static PlatformId idOn(
      String channel, PlatformId email, PlatformId facebook, PlatformId instagram, PlatformId web) {
    switch (channel) {
      case "facebook":
        return facebook;
      case "instagram":
        return instagram;
      case "email":
        return email;
      default:
        return web; // an influencer's link, followed to the game's page
    }
  }

  private static int pick(Random random, double[] mix) {
    double u = random.nextDouble();
    for (int i = 0; i < mix.length - 1; i++) {
      u -= mix[i];
      if (u < 0) {
        return i;
      }
    }
    return mix.length - 1;
  }

  /**
   * Every activity of the campaign at the platform level (touches, engagements, game entries and
   * purchases), in the order generated: one person's activities come under several platform ids.
   *
   * @return the activities, never null
   */
  public List<Activity> activities() {
    return activities;
  }

  /**
   * Each person's platform ids: e-mail address, Facebook id, Instagram handle and web cookie.
   *
   * @return the identity map, never null
   */
  public IdentityMap identities() {
    return identities;
  }

  /**
   * The brand's customer file before the game: e-mail addresses.
   *
   * @return the file, never null
   */
  public CustomerFile customerFile() {
    return customerFile;
  }

  /**
   * The cost of the campaign by channel, in EUR (the prizes count in {@code facebook}, where the
   * game runs).
   *
   * @return the costs by channel in alphabetical order, never null
   */
  public Map<String, Double> costByChannel() {
    return costByChannel;
  }

  /**
   * The campaign's total cost, in EUR.
   *
   * @return the cost, positive
   */
  public double cost() {
    double total = 0;
    for (double c : costByChannel.values()) {
      total += c;
    }
    return total;
  }

  /**
   * The people an ad creative reached and the entries it brought.
   *
   * @param creative {@code A} or {@code B}
   * @return the counts, never null
   * @throws IllegalArgumentException if the creative is neither
   */
  public ConversionCounts creative(String creative) {
    switch (creative) {
      case "A":
        return creativeA;
      case "B":
        return creativeB;
      default:
        throw new IllegalArgumentException("creative: '" + creative + "', expected A or B");
    }
  }
}
