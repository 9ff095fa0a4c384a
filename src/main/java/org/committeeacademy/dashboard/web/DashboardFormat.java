package org.committeeacademy.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.shared.web.PageMessages;

/** How the dashboard's pages write rates ("87.5 %", or "–" when there is none) and the steps of the goal scale. */
@Named
@RequestScoped
public class DashboardFormat {

    @Inject
    PageMessages messages;

    public String shown(Double rate) {
        BigDecimal percent = DashboardTables.percent(rate);
        return percent == null ? "–" : percent.toPlainString() + " %";
    }

    public List<Integer> steps() {
        return IntStream.rangeClosed(CheckInDistribution.LOWEST, CheckInDistribution.HIGHEST)
                .boxed()
                .toList();
    }

    public Function<String, String> getText() {
        return messages::text;
    }
}
