package org.cpis.server.bench;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cpis.core.model.NhsNumber;

/**
 * The benchmark's stream of NHS Queries: each about a child picked at random from the demo children, for a user
 * picked at random, with new ids and the time now. Ids are random version-4 UUIDs made from the thread's own
 * random generator, so that 160 client threads do not queue for the JDK's shared secure one.
 */
public final class NhsQueryRequests implements RequestSource {

    private final QueryRequestTemplate template;
    private final List<NhsNumber> children;
    private final List<BenchUser> users;
    private final Clock clock;

    public NhsQueryRequests(QueryRequestTemplate template, List<NhsNumber> children, List<BenchUser> users, Clock clock) {
        this.template = Objects.requireNonNull(template, "template");
        this.children = List.copyOf(children);
        this.users = List.copyOf(users);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.children.isEmpty() || this.users.isEmpty()) {
            throw new IllegalArgumentException("the benchmark needs at least one child and one user to query with");
        }
    }

    @Override
    public BenchRequest next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID messageId = randomUuid(random);
        String body = template.render(messageId, randomUuid(random), clock.instant(),
                children.get(random.nextInt(children.size())), users.get(random.nextInt(users.size())));
        return new BenchRequest(body, QueryRequestTemplate.addressingId(messageId));
    }

    /** A version-4 (random) UUID. */
    static UUID randomUuid(ThreadLocalRandom random) {
        long most = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
