package io.pitstop.parts.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ReceiptRepository implements PanacheRepositoryBase<Receipt, UUID> {
}
