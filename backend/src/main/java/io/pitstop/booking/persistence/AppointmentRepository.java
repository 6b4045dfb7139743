package io.pitstop.booking.persistence;

import io.pitstop.booking.AppointmentStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /**
     * The capacity locks of one day for these skills, taken in sorted order (two bookings never wait on each other in
     * a cycle) and held until the transaction ends, across connections and instances. A booking takes the locks of
     * every skill of the bays it may use, so two bookings that could compete for a bay (or for the emergency reserve
     * of a skill) are checked one after the other, and bookings of other skills or other days are not held up. The
     * exclusion constraints still guard each bay and each vehicle on their own.
     */
    public Uni<Void> lockCapacity(java.time.LocalDate day, Collection<String> skills) {
        String names = skills.stream().sorted().map(s -> "booking|" + day + "|" + s).collect(java.util.stream.Collectors.joining(","));
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(pg_advisory_xact_lock(hashtextextended(n, 0))) from unnest(string_to_array(?1, ',')) n")
                .setParameter(1, names).getSingleResult()).replaceWithVoid();
    }

    /**
     * Inserts the booking on the first of the candidate bays (in the order given) that is free over its time, and its
     * first event, provided more candidate bays are free then than {@code held} (those kept back for emergencies): one
     * statement, under {@link #lockCapacity}, so the check sees every booking that committed before. Answers the bay
     * taken, or null when the slot is full; {@code a.bayId} is set to it.
     */
    public Uni<UUID> insertWithinCapacity(Appointment a, List<UUID> candidates, int held, AppointmentEvent first) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(INSERT_WITHIN_CAPACITY, UUID.class);
            Object[] p = {String.join(",", candidates.stream().map(UUID::toString).toList()), utc(a.startsAt), utc(a.endsAt),
                    held, a.id, a.reference, a.customerId, a.vehicleId, a.serviceType, a.emergency, a.channel.name(),
                    a.faultDescription, a.bookedBy, utc(a.confirmBy), utc(a.createdAt), a.mileageKm,
                    a.handover == null ? null : a.handover.name(), a.status.name(), utc(first.at), first.actorId,
                    first.actorName, first.actorRole == null ? null : first.actorRole.name(), first.type, first.detail};
            for (int i = 0; i < p.length; i++) {
                q.setParameter(i + 1, p[i]);
            }
            return q.getResultList();
        }).map(rows -> {
            a.bayId = rows.isEmpty() ? null : rows.get(0);
            return a.bayId;
        });
    }

    private static java.time.OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(java.time.ZoneOffset.UTC);
    }

    /** Live appointments of these bays overlapping [from, to): bay, start and end only. */
    public Uni<List<Object[]>> liveTimesOfBays(Collection<UUID> bayIds, Instant from, Instant to) {
        if (bayIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select bay_id, starts_at, ends_at from appointment
                        where bay_id in (?1) and status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN') and starts_at < ?3 and ends_at > ?2
                        """, Object[].class)
                .setParameter(1, List.copyOf(bayIds)).setParameter(2, utc(from)).setParameter(3, utc(to)).getResultList());
    }

    /** The statement booking.transaction.sql of the benchmark reproduces: keep the two in step. */
    static final String INSERT_WITHIN_CAPACITY = """
            with candidate as (
                select c.id, c.ord from unnest(cast(string_to_array(?1, ',') as uuid[])) with ordinality as c(id, ord)
                where not exists (select 1 from appointment x where x.bay_id = c.id
                    and x.status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
                    and x.starts_at < cast(?3 as timestamptz) and x.ends_at > cast(?2 as timestamptz))
            ), chosen as (
                select id from candidate where (select count(*) from candidate) > ?4 order by ord limit 1
            ), booked as (
                insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at,
                    status, emergency, channel, fault_description, booked_by, confirm_by, created_at, mileage_km, handover)
                select ?5, ?6, ?7, ?8, ?9, chosen.id, cast(?2 as timestamptz), cast(?3 as timestamptz), ?18, ?10, ?11, ?12,
                    ?13, cast(?14 as timestamptz), cast(?15 as timestamptz), cast(?16 as int), cast(?17 as varchar)
                from chosen
                returning id, bay_id
            ), journal as (
                insert into appointment_event (appointment_id, at, actor_id, actor_name, actor_role, type, from_status,
                    to_status, starts_at, ends_at, detail)
                select id, cast(?19 as timestamptz), cast(?20 as varchar), cast(?21 as varchar), cast(?22 as varchar), ?23,
                    null, ?18, cast(?2 as timestamptz), cast(?3 as timestamptz), cast(?24 as varchar)
                from booked
            )
            select bay_id from booked
            """;

    /** One customer's bookings are counted and added one at a time (caps on live bookings hold under concurrency). */
    public Uni<Void> lockCustomer(UUID customerId) {
        return io.pitstop.common.AdvisoryLocks.lock("booking-customer|" + customerId);
    }

    /** Requested or confirmed bookings of the customer that have not started yet. */
    public Uni<Long> countUpcomingOfCustomer(UUID customerId, Instant now) {
        return count("customerId = ?1 and status in ?2 and startsAt > ?3", customerId,
                java.util.List.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED), now);
    }

    public Uni<Long> countUpcomingOfVehicle(UUID vehicleId, Instant now) {
        return count("vehicleId = ?1 and status in ?2 and startsAt > ?3", vehicleId,
                java.util.List.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED), now);
    }

    /** Live bookings of these customers overlapping [from, to). */
    public Uni<List<Appointment>> liveOfCustomers(Collection<UUID> customerIds, Instant from, Instant to) {
        return customerIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("customerId in :customers and status in :live and startsAt < :to and endsAt > :from",
                Parameters.with("customers", customerIds).and("live", AppointmentStatus.LIVE).and("from", from).and("to", to));
    }

    /** Live bookings of a vehicle overlapping [from, to), other than the one given (null for none). */
    public Uni<List<Appointment>> liveOfVehicleBetween(UUID vehicleId, Instant from, Instant to, UUID except) {
        return list("vehicleId = :vehicle and status in :live and startsAt < :to and endsAt > :from and id <> :except",
                Parameters.with("vehicle", vehicleId).and("live", AppointmentStatus.LIVE).and("from", from).and("to", to)
                        .and("except", except == null ? new UUID(0, 0) : except));
    }

    public Uni<List<Appointment>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<Appointment> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Appointment>> search(UUID customerId, AppointmentStatus status, Instant from, Instant to) {
        StringBuilder q = new StringBuilder("startsAt >= :from and startsAt < :to");
        Parameters p = Parameters.with("from", from).and("to", to);
        if (customerId != null) {
            q.append(" and customerId = :customer");
            p.and("customer", customerId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return list(q.append(" order by startsAt, reference").toString(), p);
    }
}
