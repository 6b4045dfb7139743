package io.pitstop.shop.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "closed_day")
public class ClosedDate {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String reason;
}
