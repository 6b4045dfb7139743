package io.pitstop.shop.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;

@Entity
@Table(name = "opening_hours")
public class OpeningHoursEntry {

    /** ISO day number, 1 = Monday. */
    @Id
    @Column(name = "day_of_week")
    public Short dayOfWeek;

    @Column(nullable = false)
    public LocalTime opens;

    @Column(nullable = false)
    public LocalTime closes;
}
