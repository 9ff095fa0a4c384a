package org.committeeacademy.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

    @Test
    void aBarChartIsChartJsConfigurationWithGapsForWithheldFigures() {
        String json = new BarChart(List.of("VHS \"Bonn\"", "Köln</script>"))
                .series("Fill", Arrays.asList(new BigDecimal("75.0"), null))
                .upTo(100)
                .json();
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"labels\":[\"VHS \\\"Bonn\\\"\",\"Köln\\u003c/script\\u003e\"]"), json);
        assertTrue(json.contains("\"data\":[75.0,null]"), json);
        assertTrue(json.contains("\"max\":100"), json);
    }

    @Test
    void textIsEscaped() {
        assertEquals("\"a\\\\b\\u000a\"", BarChart.string("a\\b\n"));
    }
}
