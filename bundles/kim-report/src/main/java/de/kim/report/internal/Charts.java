package de.kim.report.internal;

import de.kim.api.steering.SteeringFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the report, drawn by JFreeChart: an indicator by municipality (bars; a suppressed cell gets
 * no bar and its label says "gesperrt") and the district's trend over the years (line).
 */
final class Charts {
    private static final Color KIM_BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private Charts() {
    }

    static JFreeChart byMunicipality(SteeringFigures f) {
        boolean share = isShare(f);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SteeringFigures.Cell c : f.municipalities()) {
            String label = c.suppressed() ? c.label() + " (" + Texts.SUPPRESSED + ")" : c.label();
            data.addValue(c.suppressed() ? null : value(c, share), series(share), label);
        }
        JFreeChart chart = ChartFactory.createBarChart(f.label() + " – " + f.period() + " nach Kommune", null,
                series(share), data, PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, KIM_BLUE);
        return chart;
    }

    static JFreeChart trend(SteeringFigures f) {
        boolean share = isShare(f);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SteeringFigures.Cell c : f.trend()) {
            Double v = share ? value(c, true) : c.numerator() == null ? null : c.numerator().doubleValue();
            data.addValue(c.suppressed() ? null : v, "Kreis", c.suppressed() ? c.key() + " ("
                    + Texts.SUPPRESSED + ")" : c.key());
        }
        JFreeChart chart = ChartFactory.createLineChart(f.label() + " – Verlauf " + f.trend().get(0).key() + "–"
                + f.period(), null, share ? "Anteil in %" : "Anzahl (Kreis)", data, PlotOrientation.VERTICAL, false,
                false, false);
        style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, KIM_BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return chart;
    }

    static boolean isShare(SteeringFigures f) {
        return f.municipalities().stream().anyMatch(c -> c.denominator() != null)
                || f.trend().stream().anyMatch(c -> c.denominator() != null);
    }

    private static String series(boolean share) {
        return share ? "Anteil in %" : "je 1.000 Einwohner";
    }

    private static Double value(SteeringFigures.Cell c, boolean share) {
        if (share) {
            return c.ratio() == null ? null : c.ratio() * 100;
        }
        return c.per1000() != null ? c.per1000() : c.numerator() == null ? null : c.numerator().doubleValue();
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(java.util.Locale.GERMANY));
        double max = 0;
        var data = plot.getDataset();
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                max = n == null ? max : Math.max(max, n.doubleValue());
            }
        }
        // from 0 always (an automatic range of small rates began below 0) to a little above the largest value
        axis.setRange(0, max <= 0 ? 1 : max * 1.15);
        plot.setNoDataMessage("keine darstellbaren Werte (" + Texts.SUPPRESSED + ")");
    }
}
