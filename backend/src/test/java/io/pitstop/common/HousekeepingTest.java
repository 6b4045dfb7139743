package io.pitstop.common;

import io.pitstop.common.limits.Housekeeping;
import io.pitstop.identity.service.IdentityHousekeeping;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Counters and one-time codes are forgotten long after they mattered; what still matters stays. */
@QuarkusTest
class HousekeepingTest {

    @Inject
    Housekeeping limits;

    @Inject
    IdentityHousekeeping identity;

    @Test
    void oldCountersAndCodesGoAndCurrentOnesStay() throws Throwable {
        String old = "test|old|" + UUID.randomUUID();
        String current = "test|current|" + UUID.randomUUID();
        Db.update("insert into rate_limit (bucket, hits, window_started_at) values (?, 3, ?)", old, OffsetDateTime.now().minusDays(5));
        Db.update("insert into rate_limit (bucket, hits, window_started_at) values (?, 3, ?)", current, OffsetDateTime.now());
        String phone = TestAccounts.newPhone();
        TestAccounts.requestCode(phone);
        Db.update("insert into phone_code (id, phone, purpose, code_hash, client, created_at, expires_at) "
                + "values (?, ?, 'REGISTER', null, 'test', ?, ?)", UUID.randomUUID(), phone,
                OffsetDateTime.now().minusDays(3), OffsetDateTime.now().minusDays(3).plusMinutes(10));

        VertxContextSupport.subscribeAndAwait(limits::run);
        VertxContextSupport.subscribeAndAwait(identity::run);

        assertThat(Db.query("select 1 from rate_limit where bucket = ?", old)).isEmpty();
        assertThat(Db.query("select 1 from rate_limit where bucket = ?", current)).hasSize(1);
        assertThat(Db.query("select 1 from phone_code where phone = ?", phone)).hasSize(1);
    }
}
