package nl.werkkracht.core.techimpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.techimpact.ExposureHistory.CellAnswer;
import nl.werkkracht.core.techimpact.NetworkExposure.MemberRole;
import nl.werkkracht.core.techimpact.NetworkExposure.Part;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the role-exposure table (ADR 0026, "Attacks tried"), played as the attacker inside: a member who
 * knows its own roles, a coordinator or adviser who reads the table again and again while organisations join,
 * leave, withdraw consent, change or delete roles or are deleted, someone who brings in invented organisations,
 * and someone who adds and subtracts rows and undoes the rounding. Each attack that worked against the first
 * version of the table is kept as a regression test; the attackers share no code with the engine (exact rank
 * arithmetic modulo a prime over the parts, given every shown figure unrounded). The organisations and numbers
 * are made up for the test.
 */
class NetworkExposureAttackTest {

    private static final DisclosureRule K5 = DisclosureRule.DEFAULT;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static MemberRole clerk(String org, int people, ExposurePattern p, boolean high) {
        return new MemberRole(org, "4110", ExposureGradient.GRADIENT_3, people, people * 1500.0, 0.4, p, high);
    }

    private static List<MemberRole> offices(int n) {
        List<MemberRole> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            roles.add(clerk("o" + i, 6 + i, ExposurePattern.AUGMENTATION, false));
        }
        return roles;
    }

    private static CellAnswer all(List<CellAnswer> answers) {
        return answers.stream()
                .filter(a -> a.cell().equals(ExposureCell.ALL))
                .findFirst()
                .orElseThrow();
    }

    // (a) a member who knows its own roles ---------------------------------------------------------------------

    /**
     * Five offices of similar size; only one has roles with the automation pattern. The automation share times
     * the people is that office's number of automation-pattern people — and the second largest, an insider,
     * subtracts its own from the total when two hold nearly all. Dominance must hold for every total a cell
     * reveals, not only for its people and hours (METHODS.md §9: totals of additive quantities).
     */
    @Test
    void shouldNotRevealAShareWhoseNumeratorOneOrganisationDominates() {
        List<MemberRole> roles = offices(5);
        roles.set(0, clerk("o0", 6, ExposurePattern.AUTOMATION, true));
        NetworkExposure t = NetworkExposure.of(roles, K5);
        assertThat(t.decision(ExposureCell.ALL, Set.of())).contains(SuppressionReason.DOMINANCE);

        // two offices hold 13 of 14 automation people: the one with 6 reads the other's 7 (less 1) by subtraction
        List<MemberRole> two = offices(6);
        two.set(0, clerk("o0", 6, ExposurePattern.AUTOMATION, true));
        two.set(1, clerk("o1", 7, ExposurePattern.AUTOMATION, true));
        two.add(new MemberRole(
                "o9", "4110", ExposureGradient.GRADIENT_3, 1, 1500, 0.4, ExposurePattern.AUTOMATION, true));
        NetworkExposure u = NetworkExposure.of(two, K5);
        assertThat(u.decision(ExposureCell.ALL, Set.of())).contains(SuppressionReason.DOMINANCE);

        // spread over the offices the shares are shown
        List<MemberRole> spread = offices(6);
        for (int i = 0; i < 6; i++) { // automation 6 + 7 + 8, augmentation 9 + 10 + 11
            spread.set(
                    i, clerk("o" + i, 6 + i, i < 3 ? ExposurePattern.AUTOMATION : ExposurePattern.AUGMENTATION, true));
        }
        assertThat(NetworkExposure.of(spread, K5).decision(ExposureCell.ALL, Set.of()))
                .isEmpty();
    }

    /**
     * An insider knows its own parts and its membership of every cell. Over random networks, for a viewer who
     * knows nothing, one organisation or three, no linear combination of the cells shown to it may fall
     * entirely on the parts of fewer than {@code k} organisations it does not know (attack (a) and (d): all,
     * major groups and gradients added and subtracted in every way, with the exact sums).
     */
    @Test
    void shouldLetNoViewerIsolateFewerThanKOrganisationsByCombiningCells() {
        Random random = new Random(2613);
        int checked = 0;
        for (int run = 0; run < 60; run++) {
            List<MemberRole> roles = randomRoles(random, 4 + random.nextInt(12), 3);
            NetworkExposure t = NetworkExposure.of(roles, K5);
            Set<String> orgs = new TreeSet<>();
            t.parts().forEach(p -> orgs.add(p.organisationId()));
            List<String> ids = new ArrayList<>(orgs);
            for (int known = 0; known <= 3; known += (known == 0 ? 1 : 2)) {
                Set<String> viewer = new HashSet<>(ids.subList(0, Math.min(known, ids.size())));
                List<ExposureCell> shown = new ArrayList<>();
                t.decisions(viewer).forEach((c, d) -> {
                    if (d.isEmpty()) {
                        shown.add(c);
                    }
                });
                checked += shown.size();
                assertThat(smallestIsolatedGroup(t, shown, viewer))
                        .as("run %d, viewer %s, shown %s", run, viewer, shown)
                        .isEmpty();
            }
        }
        assertThat(checked).as("cells shown in the runs").isGreaterThan(60);
    }

    // (b) reading again and again while organisations join, leave, change and are deleted ---------------------

    /**
     * An adviser with four organisations in a cell changes their roles at the moment a fifth (which it does not
     * know) changes one: five differ, so a new version is published — but the adviser subtracts its own four
     * changes and reads the fifth's change. For a viewer the versions must differ by 0 or at least {@code k}
     * organisations it cannot access.
     */
    @Test
    void shouldNotLetAnAdviserReadAnotherOrganisationsChangeBetweenVersions() {
        List<MemberRole> roles = offices(10);
        ExposureHistory h = ExposureHistory.of(K5, List.of());
        h.publish(NetworkExposure.of(roles, K5), T0);
        Set<String> adviser = Set.of("o1", "o2", "o3", "o4");
        assertThat(all(h.answer(NetworkExposure.of(roles, K5), adviser)).shown())
                .isTrue();

        List<MemberRole> changed = new ArrayList<>(roles);
        for (int i = 0; i <= 4; i++) { // o0 adds a person; the adviser's four do too
            changed.set(i, clerk("o" + i, 7 + i, ExposurePattern.AUGMENTATION, false));
        }
        NetworkExposure now = NetworkExposure.of(changed, K5);
        assertThat(h.publish(now, T0.plusSeconds(60))).isNotEmpty(); // five differ: a new version for everyone
        assertThat(all(h.answer(now, Set.of())).shown()).isTrue();
        assertThat(all(h.answer(now, adviser)).suppression()).contains(SuppressionReason.INSIDER);
        assertThat(all(h.answer(now, Set.of("o9"))).shown())
                .as("a member who changed nothing")
                .isTrue();
    }

    /** A counted organisation moves a role to another occupation or deletes one: fewer than k differ, no new figure. */
    @Test
    void shouldKeepTheEarlierVersionWhenOneCountedOrganisationChangesOrDeletesARole() {
        List<MemberRole> roles = offices(7);
        roles.add(new MemberRole(
                "o0", "2511", ExposureGradient.GRADIENT_2, 3, 4500, 0.5, ExposurePattern.AUGMENTATION, false));
        ExposureHistory h = ExposureHistory.of(K5, List.of());
        h.publish(NetworkExposure.of(roles, K5), T0);
        CellAnswer before = all(h.answer(NetworkExposure.of(roles, K5), Set.of()));
        assertThat(before.shown()).isTrue();

        List<MemberRole> moved = new ArrayList<>(roles); // ISCO code changed: same people, another occupation
        moved.set(
                7,
                new MemberRole(
                        "o0", "4110", ExposureGradient.GRADIENT_3, 3, 4500, 0.4, ExposurePattern.AUGMENTATION, false));
        NetworkExposure m = NetworkExposure.of(moved, K5);
        assertThat(h.publish(m, T0.plusSeconds(60))).noneMatch(ExposureVersion::shown);
        assertThat(all(h.answer(m, Set.of())).figures()).isEqualTo(before.figures());

        List<MemberRole> deleted = new ArrayList<>(roles.subList(0, 7)); // the role deleted
        NetworkExposure d = NetworkExposure.of(deleted, K5);
        h.publish(d, T0.plusSeconds(120));
        CellAnswer after = all(h.answer(d, Set.of()));
        assertThat(after.figures()).isEqualTo(before.figures());
        assertThat(after.publishedAt()).contains(T0);
    }

    /**
     * An organisation that counted is deleted (its parts go with it). The stored version then looks as if it
     * never counted it, so a later state without it differs "by 0" from that version and is published — the
     * old figure minus the new one is the deleted organisation. A deletion must count as leaving, as in the
     * benchmark's history (ADR 0013).
     */
    @Test
    void shouldTreatADeletedOrganisationAsOneThatLeft() {
        List<MemberRole> six = offices(6);
        ExposureHistory h = ExposureHistory.of(K5, List.of());
        List<ExposureVersion> store = new ArrayList<>(h.publish(NetworkExposure.of(six, K5), T0));
        Optional<NetworkExposure.Figures> withO5 =
                all(h.answer(NetworkExposure.of(six, K5), Set.of())).figures();
        assertThat(withO5).isPresent();

        // o4 withdraws consent for a moment (or another member leaves): the cell is suppressed
        List<MemberRole> withdrawn = new ArrayList<>(six);
        withdrawn.remove(4);
        h = ExposureHistory.of(K5, store);
        store.addAll(h.publish(NetworkExposure.of(withdrawn, K5), T0.plusSeconds(60)));

        // o5 is deleted; o4 consents again
        store = deleteOrganisation(store, "o5");
        List<MemberRole> five = new ArrayList<>(six.subList(0, 5));
        h = ExposureHistory.of(K5, store);
        NetworkExposure now = NetworkExposure.of(five, K5);
        h.publish(now, T0.plusSeconds(120));
        CellAnswer answer = all(h.answer(now, Set.of()));
        assertThat(answer.figures())
                .as("the first figure minus this one would be o5")
                .isEmpty();
        assertThat(answer.suppression()).contains(SuppressionReason.HISTORY);

        // straight away: deleting an organisation hides the cells it counted in, like leaving
        ExposureHistory fresh = ExposureHistory.of(K5, List.of());
        List<ExposureVersion> s2 = new ArrayList<>(fresh.publish(NetworkExposure.of(six, K5), T0));
        s2 = deleteOrganisation(s2, "o5");
        ExposureHistory again = ExposureHistory.of(K5, s2);
        again.publish(NetworkExposure.of(five, K5), T0.plusSeconds(60));
        assertThat(all(again.answer(NetworkExposure.of(five, K5), Set.of())).suppression())
                .contains(SuppressionReason.HISTORY);
    }

    /**
     * Random networks over time: organisations join, leave (or withdraw consent: to the table the same), add
     * and remove people, move a role to another occupation, delete a role, add one, or are deleted; after each
     * change the table is published and read by an outsider (a coordinator), a member and an adviser with three
     * organisations. The attacker keeps every shown figure it was given, exactly, and may combine all of them:
     * it must not determine anything about one organisation it does not know — neither a part, nor a sum of
     * its parts, nor the change of one between versions. (Groups of 2…k−1 across versions remain a stated
     * limit of ADR 0013 and 0026.)
     */
    @Test
    void shouldLetNoRepeatedReaderDetermineOneOrganisationOverTime() {
        Random random = new Random(1326);
        int shownSeen = 0;
        for (int run = 0; run < 40; run++) {
            Map<String, List<MemberRole>> byOrg = new LinkedHashMap<>();
            for (int o = 0; o < 6 + random.nextInt(8); o++) {
                byOrg.put(
                        "o" + o,
                        randomRoles(random, 1, 3).stream()
                                .map(r -> withOrg(r, "x"))
                                .toList());
            }
            Map<String, List<MemberRole>> current = new LinkedHashMap<>();
            byOrg.forEach((o, rs) ->
                    current.put(o, rs.stream().map(r -> withOrg(r, o)).toList()));
            List<ExposureVersion> store = new ArrayList<>();
            Set<String> deleted = new HashSet<>();
            Map<String, Set<String>> viewers = new LinkedHashMap<>();
            viewers.put("coordinator", Set.of());
            viewers.put("member", Set.of("o0"));
            viewers.put("adviser", Set.of("o1", "o2", "o3"));
            Map<String, Map<String, List<String>>> seen = new HashMap<>(); // viewer -> cell#version -> variables
            int next = 100;
            for (int step = 0; step < 18; step++) {
                if (step > 0) {
                    next = mutate(random, current, deleted, next);
                    for (String d : deleted) {
                        store = deleteOrganisation(store, d);
                    }
                }
                List<MemberRole> roles = new ArrayList<>();
                current.values().forEach(roles::addAll);
                NetworkExposure now = NetworkExposure.of(roles, K5);
                ExposureHistory h = ExposureHistory.of(K5, store);
                store.addAll(h.publish(now, T0.plusSeconds(60L * step)));
                Map<String, ExposureVersion> byKey = new HashMap<>();
                for (ExposureVersion v : store) {
                    byKey.put(v.cell().key() + "#" + v.number(), v);
                }
                for (var viewer : viewers.entrySet()) {
                    for (CellAnswer a : h.answer(now, viewer.getValue())) {
                        if (!a.shown()) {
                            continue;
                        }
                        String key = a.cell().key() + "#" + a.version();
                        Map<String, List<String>> rows = seen.computeIfAbsent(viewer.getKey(), v -> new HashMap<>());
                        if (!rows.containsKey(key)) {
                            // the version as published: read now, before any later deletion strips its parts
                            rows.put(
                                    key,
                                    byKey.get(key).parts().stream()
                                            .map(p -> p.organisationId() + "|" + p.fingerprint())
                                            .toList());
                            shownSeen++;
                        }
                    }
                }
            }
            for (var viewer : viewers.entrySet()) {
                List<List<String>> rows = new ArrayList<>(
                        seen.getOrDefault(viewer.getKey(), Map.of()).values());
                Set<String> orgs = new TreeSet<>();
                rows.forEach(r -> r.forEach(v -> orgs.add(v.substring(0, v.indexOf('|')))));
                orgs.removeAll(viewer.getValue());
                for (String target : orgs) {
                    assertThat(determinesSomethingOf(rows, viewer.getValue(), Set.of(target)))
                            .as("run %d: %s reads %s", run, viewer.getKey(), target)
                            .isFalse();
                }
            }
        }
        assertThat(shownSeen).as("figures shown to the readers").isGreaterThan(100);
    }

    // (c) invented organisations ------------------------------------------------------------------------------

    /**
     * A coordinator who registers four invented organisations under its own account and lets them in (ADR 0014:
     * it can, it holds the invitations) makes k with one real member — but they are its own organisations, so
     * the insider rules count only the real one. Invented organisations under other accounts are collusion,
     * which no statistical rule can see: ADR 0026 says so.
     */
    @Test
    void shouldNotCountAViewersOwnInventedOrganisationsTowardsK() {
        List<MemberRole> roles = offices(5); // o0 real, o1..o4 invented by the coordinator
        NetworkExposure t = NetworkExposure.of(roles, K5);
        Set<String> sybils = Set.of("o1", "o2", "o3", "o4");
        assertThat(t.decision(ExposureCell.ALL, Set.of())).isEmpty(); // to an outsider five are five
        ExposureHistory h = ExposureHistory.of(K5, List.of());
        h.publish(t, T0);
        assertThat(all(h.answer(t, sybils)).suppression()).contains(SuppressionReason.INSIDER);
        assertThat(all(h.answer(t, sybils)).figures()).isEmpty();
    }

    // (d) rounding -------------------------------------------------------------------------------------------

    /**
     * People are shown to tens and shares to 3 significant digits, yet the exact number of people can often be
     * recovered: only one count within ±5 of the rounded people fits all three shares. So rounding is no
     * protection, and the rules above are checked against the exact sums (which they are: the attackers in
     * this class are given exact figures).
     */
    @Test
    void shouldNotRelyOnRoundingBecauseTheSharesGiveTheExactPeopleBack() {
        List<MemberRole> roles = new ArrayList<>();
        int[] people = {10, 8, 6, 5, 4, 3};
        ExposurePattern[] patterns = {
            ExposurePattern.AUTOMATION, ExposurePattern.AUGMENTATION, ExposurePattern.AUGMENTATION,
            ExposurePattern.AUTOMATION, ExposurePattern.LOW, ExposurePattern.AUGMENTATION
        };
        for (int i = 0; i < people.length; i++) {
            roles.add(clerk("o" + i, people[i], patterns[i], i % 2 == 0));
        }
        NetworkExposure.Figures f = NetworkExposure.of(roles, K5).figures(ExposureCell.ALL);
        assertThat(f.people()).isEqualTo(40); // 36 exactly
        List<Integer> fits = new ArrayList<>();
        for (int n = (int) f.people() - 5; n < f.people() + 5; n++) {
            if (fits(f.highShare(), n) && fits(f.automationShare(), n) && fits(f.augmentationShare(), n)) {
                fits.add(n);
            }
        }
        assertThat(fits).containsExactly(36);
    }

    private static boolean fits(double share, int n) {
        for (int m = 0; m <= n; m++) {
            double s = 100.0 * m / n;
            double rounded = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", s));
            if (Math.abs(rounded - share) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    // the attackers --------------------------------------------------------------------------------------------

    private static final long P = 2_147_483_647L;

    /**
     * The smallest set of fewer than k unknown organisations such that a combination of the shown cells falls
     * on their parts alone; empty when there is none. Interior cells are the variables (the viewer subtracts
     * its own parts); a set S isolates when rank(rows over all unknown cells) exceeds rank(rows without the
     * cells whose unknown organisations lie in S).
     */
    private static Optional<Set<String>> smallestIsolatedGroup(
            NetworkExposure t, List<ExposureCell> shown, Set<String> known) {
        Map<String, Set<String>> unknownOrgs = new LinkedHashMap<>();
        for (Part p : t.parts()) {
            Set<String> s = unknownOrgs.computeIfAbsent(p.atom(), a -> new TreeSet<>());
            if (!known.contains(p.organisationId())) {
                s.add(p.organisationId());
            }
        }
        unknownOrgs.values().removeIf(Set::isEmpty);
        List<String> atoms = new ArrayList<>(unknownOrgs.keySet());
        if (shown.isEmpty() || atoms.isEmpty()) {
            return Optional.empty();
        }
        long[][] rows = new long[shown.size()][atoms.size()];
        for (int r = 0; r < shown.size(); r++) {
            for (int c = 0; c < atoms.size(); c++) {
                String[] mg = atoms.get(c).split("\\|");
                rows[r][c] = shown.get(r).contains(mg[0], ExposureGradient.valueOf(mg[1])) ? 1 : 0;
            }
        }
        int full = rank(rows, new boolean[atoms.size()]);
        List<String> orgs = new ArrayList<>(
                new TreeSet<>(unknownOrgs.values().stream().flatMap(Set::stream).toList()));
        Set<List<Boolean>> tried = new HashSet<>();
        for (int size = 1; size < K5.k(); size++) {
            for (Set<String> group : subsets(orgs, size)) {
                boolean[] drop = new boolean[atoms.size()];
                List<Boolean> key = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < atoms.size(); c++) {
                    drop[c] = group.containsAll(unknownOrgs.get(atoms.get(c)));
                    any |= drop[c];
                    key.add(drop[c]);
                }
                if (any && tried.add(key) && rank(rows, drop) < full) {
                    return Optional.of(group);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the rows (each a list of variables "organisation|part"), less the variables of the known
     * organisations, span a nonzero vector that lies on the target's variables alone.
     */
    private static boolean determinesSomethingOf(List<List<String>> rows, Set<String> known, Set<String> target) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (List<String> r : rows) {
            for (String v : r) {
                String org = v.substring(0, v.indexOf('|'));
                if (!known.contains(org)) {
                    index.putIfAbsent(v, index.size());
                }
            }
        }
        if (index.isEmpty()) {
            return false;
        }
        long[][] m = new long[rows.size()][index.size()];
        boolean[] drop = new boolean[index.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (String v : rows.get(r)) {
                Integer c = index.get(v);
                if (c != null) {
                    m[r][c] = 1;
                }
            }
        }
        index.forEach((v, c) -> drop[c] = target.contains(v.substring(0, v.indexOf('|'))));
        return rank(m, drop) < rank(m, new boolean[index.size()]);
    }

    /** The rank modulo P of the rows with the dropped columns left out. */
    private static int rank(long[][] rows, boolean[] drop) {
        int cols = drop.length;
        long[][] m = new long[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            m[r] = new long[cols];
            for (int c = 0; c < cols; c++) {
                m[r][c] = drop[c] ? 0 : rows[r][c];
            }
        }
        int rank = 0;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] tmp = m[rank];
            m[rank] = m[pivot];
            m[pivot] = tmp;
            long inv = pow(m[rank][c], P - 2);
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] != 0) {
                    long f = m[r][c] * inv % P;
                    for (int k = c; k < cols; k++) {
                        m[r][k] = ((m[r][k] - f * m[rank][k]) % P + P) % P;
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long pow(long b, long e) {
        long r = 1;
        b %= P;
        while (e > 0) {
            if ((e & 1) == 1) {
                r = r * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return r;
    }

    private static List<Set<String>> subsets(List<String> items, int size) {
        List<Set<String>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<String> items, int size, int from, List<String> acc, List<Set<String>> out) {
        if (acc.size() == size) {
            out.add(new TreeSet<>(acc));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            acc.add(items.get(i));
            collect(items, size, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    // the network's life ---------------------------------------------------------------------------------------

    private static final String[] ISCO = {"1120", "2511", "2631", "3313", "4110", "4311", "5223", "7126", "8322", "9112"
    };

    private static List<MemberRole> randomRoles(Random random, int orgs, int maxRoles) {
        List<MemberRole> roles = new ArrayList<>();
        for (int o = 0; o < orgs; o++) {
            for (int r = 0; r < 1 + random.nextInt(maxRoles); r++) {
                roles.add(randomRole(random, "o" + o));
            }
        }
        return roles;
    }

    private static MemberRole randomRole(Random random, String org) {
        ExposureGradient[] gradients = ExposureGradient.values();
        int people = 1 + random.nextInt(25);
        return new MemberRole(
                org,
                ISCO[random.nextInt(4) * 2 + random.nextInt(2)], // a few major groups, so cells fill up
                gradients[2 + random.nextInt(3)],
                people,
                people * (900.0 + random.nextInt(900)),
                random.nextInt(100) / 100.0,
                ExposurePattern.values()[random.nextInt(3)],
                random.nextBoolean());
    }

    private static MemberRole withOrg(MemberRole r, String org) {
        return new MemberRole(
                org, r.isco(), r.gradient(), r.people(), r.hoursPerYear(), r.mean(), r.pattern(), r.high());
    }

    private static MemberRole withPeople(MemberRole r, int people) {
        return new MemberRole(
                r.organisationId(),
                r.isco(),
                r.gradient(),
                people,
                r.hoursPerYear() / r.people() * people,
                r.mean(),
                r.pattern(),
                r.high());
    }

    /** One change to the network; returns the next free organisation number. */
    private static int mutate(Random random, Map<String, List<MemberRole>> current, Set<String> deleted, int next) {
        List<String> in = new ArrayList<>(current.keySet());
        int what = random.nextInt(10);
        if (what <= 1 || in.size() < 3) { // joins (or consents again)
            String org = "o" + next++;
            List<MemberRole> roles = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(3); r++) {
                roles.add(randomRole(random, org));
            }
            current.put(org, roles);
            return next;
        }
        String org = in.get(random.nextInt(in.size()));
        List<MemberRole> roles = new ArrayList<>(current.get(org));
        int i = random.nextInt(roles.size());
        switch (what) {
            case 2 -> current.remove(org); // leaves or withdraws consent
            case 3 -> {
                current.remove(org);
                deleted.add(org); // deleted: its parts go from every stored version
            }
            case 4, 5 ->
                roles.set(i, withPeople(roles.get(i), Math.max(1, roles.get(i).people() + random.nextInt(5) - 2)));
            case 6 -> { // another ISCO code
                MemberRole r = roles.get(i);
                MemberRole other = randomRole(random, org);
                roles.set(
                        i,
                        new MemberRole(
                                org,
                                other.isco(),
                                other.gradient(),
                                r.people(),
                                r.hoursPerYear(),
                                r.mean(),
                                r.pattern(),
                                r.high()));
            }
            case 7 -> {
                if (roles.size() > 1) {
                    roles.remove(i); // a role deleted
                }
            }
            default -> roles.add(randomRole(random, org));
        }
        if (current.containsKey(org)) {
            current.put(org, roles);
        }
        return next;
    }

    /** What deleting an organisation does to the stored versions: its parts go (ON DELETE CASCADE). */
    private static List<ExposureVersion> deleteOrganisation(List<ExposureVersion> store, String org) {
        List<ExposureVersion> out = new ArrayList<>();
        for (ExposureVersion v : store) {
            out.add(new ExposureVersion(
                    v.cell(),
                    v.number(),
                    v.publishedAt(),
                    v.n(),
                    v.suppression(),
                    v.figures(),
                    v.parts().stream()
                            .filter(p -> !p.organisationId().equals(org))
                            .toList()));
        }
        return out;
    }
}
