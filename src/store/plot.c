/*
 * plot.c — draws an event series: events per period as bars stacked by
 * quad class (left axis) and the Goldstein sum as a line (right axis), with
 * date labels, a legend and a title.  cairo writes SVG or PNG.
 */
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "store/store_internal.h"

#define CHART_WIDTH 1000
#define CHART_HEIGHT 540
#define MARGIN_LEFT 70
#define MARGIN_RIGHT 80
#define MARGIN_TOP 56
#define MARGIN_BOTTOM 96
#define FONT_SIZE 12

/* Green for cooperation, warm colours for conflict; the material kind of
 * each darker than the verbal one. */
static const double quad_colour[4][3] = {
    {0.56, 0.82, 0.56},   /* 1 verbal cooperation */
    {0.18, 0.55, 0.34},   /* 2 material cooperation */
    {0.96, 0.64, 0.35},   /* 3 verbal conflict */
    {0.75, 0.22, 0.17},   /* 4 material conflict */
};
static const char *const quad_name[4] = {"verbal cooperation", "material cooperation",
                                         "verbal conflict", "material conflict"};
static const double goldstein_colour[3] = {0.12, 0.23, 0.45};

typedef struct chart {
    cairo_t *cr;
    double left, top, width, height;   /* the plot area */
    double count_max, count_step;      /* left axis: 0 .. count_max */
    double g_low, g_high, g_step;      /* right axis */
    const dyad_series_point *points;
    long n;
} chart;

/* A round step (1, 2 or 5 times a power of ten) giving about five ticks. */
static double nice_step(double range)
{
    if (range <= 0)
        return 1;
    double raw = range / 5, power = pow(10, floor(log10(raw)));
    double f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

static void scale_axes(chart *c)
{
    double count_max = 0, g_low = 0, g_high = 0;
    for (long i = 0; i < c->n; i++) {
        count_max = fmax(count_max, (double)c->points[i].events);
        g_low = fmin(g_low, c->points[i].goldstein_sum);
        g_high = fmax(g_high, c->points[i].goldstein_sum);
    }
    c->count_step = nice_step(count_max < 1 ? 1 : count_max);
    if (c->count_step < 1)
        c->count_step = 1;     /* counts are whole */
    c->count_max = ceil(fmax(count_max, 1) / c->count_step) * c->count_step;
    c->g_step = nice_step(g_high - g_low > 0 ? g_high - g_low : 1);
    c->g_low = floor(g_low / c->g_step) * c->g_step;
    c->g_high = ceil(g_high / c->g_step) * c->g_step;
    if (c->g_high <= c->g_low)
        c->g_high = c->g_low + c->g_step;
}

static double count_y(const chart *c, double v)
{
    return c->top + c->height * (1 - v / c->count_max);
}

static double goldstein_y(const chart *c, double v)
{
    return c->top + c->height * (1 - (v - c->g_low) / (c->g_high - c->g_low));
}

static double period_x(const chart *c, long i)
{
    return c->left + c->width * ((double)i + 0.5) / (double)c->n;
}

static void set_rgb(cairo_t *cr, const double rgb[3])
{
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

/* Writes `s` with its anchor at (x, y): align 0 left, 0.5 centre, 1 right. */
static void text_at(cairo_t *cr, const char *s, double x, double y, double align)
{
    cairo_text_extents_t ext;
    cairo_text_extents(cr, s, &ext);
    cairo_move_to(cr, x - align * ext.x_advance, y);
    cairo_show_text(cr, s);
}

static void draw_title(const chart *c, const char *title)
{
    cairo_set_source_rgb(c->cr, 0, 0, 0);
    cairo_set_font_size(c->cr, FONT_SIZE + 4);
    text_at(c->cr, title, CHART_WIDTH / 2.0, MARGIN_TOP / 2.0 + 4, 0.5);
    cairo_set_font_size(c->cr, FONT_SIZE);
}

static void draw_count_axis(const chart *c)
{
    cairo_t *cr = c->cr;
    char label[32];
    cairo_set_line_width(cr, 1);
    for (double v = 0; v <= c->count_max + c->count_step / 2; v += c->count_step) {
        double y = count_y(c, v);
        cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);     /* grid */
        cairo_move_to(cr, c->left, y);
        cairo_line_to(cr, c->left + c->width, y);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        snprintf(label, sizeof label, "%g", v);
        text_at(cr, label, c->left - 6, y + 4, 1);
    }
    cairo_save(cr);
    cairo_translate(cr, 18, c->top + c->height / 2);
    cairo_rotate(cr, -M_PI / 2);
    text_at(cr, "events", 0, 0, 0.5);
    cairo_restore(cr);
}

static void draw_goldstein_axis(const chart *c)
{
    cairo_t *cr = c->cr;
    char label[32];
    double right = c->left + c->width;
    set_rgb(cr, goldstein_colour);
    for (double v = c->g_low; v <= c->g_high + c->g_step / 2; v += c->g_step) {
        snprintf(label, sizeof label, "%g", fabs(v) < c->g_step / 1e6 ? 0.0 : v);
        text_at(cr, label, right + 6, goldstein_y(c, v) + 4, 0);
    }
    double dash = 4;
    cairo_set_dash(cr, &dash, 1, 0);     /* the Goldstein zero line */
    cairo_move_to(cr, c->left, goldstein_y(c, 0));
    cairo_line_to(cr, right, goldstein_y(c, 0));
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    cairo_save(cr);
    cairo_translate(cr, CHART_WIDTH - 14, c->top + c->height / 2);
    cairo_rotate(cr, M_PI / 2);
    text_at(cr, "Goldstein sum", 0, 0, 0.5);
    cairo_restore(cr);
}

/* Labels as many periods as fit side by side, always the first. */
static void draw_period_labels(const chart *c)
{
    cairo_text_extents_t ext;
    cairo_text_extents(c->cr, c->points[0].label, &ext);
    double slot = c->width / (double)c->n;
    long every = (long)ceil((ext.x_advance + 12) / slot);
    cairo_set_source_rgb(c->cr, 0, 0, 0);
    for (long i = 0; i < c->n; i += every < 1 ? 1 : every)
        text_at(c->cr, c->points[i].label, period_x(c, i), c->top + c->height + 18, 0.5);
}

static void draw_bars(const chart *c)
{
    double slot = c->width / (double)c->n;
    double bar = slot > 3 ? slot * 0.8 : slot;
    for (long i = 0; i < c->n; i++) {
        double base = 0;
        for (int k = 0; k < 4; k++) {
            double v = (double)c->points[i].quad[k];
            if (v <= 0)
                continue;
            set_rgb(c->cr, quad_colour[k]);
            double y_top = count_y(c, base + v);
            cairo_rectangle(c->cr, period_x(c, i) - bar / 2, y_top, bar, count_y(c, base) - y_top);
            cairo_fill(c->cr);
            base += v;
        }
    }
}

static void draw_goldstein_line(const chart *c)
{
    cairo_t *cr = c->cr;
    set_rgb(cr, goldstein_colour);
    cairo_set_line_width(cr, 2);
    for (long i = 0; i < c->n; i++) {
        double x = period_x(c, i), y = goldstein_y(c, c->points[i].goldstein_sum);
        if (i == 0)
            cairo_move_to(cr, x, y);
        else
            cairo_line_to(cr, x, y);
    }
    cairo_stroke(cr);
    if (c->n == 1) {     /* a single period has no line: mark its point */
        cairo_arc(cr, period_x(c, 0), goldstein_y(c, c->points[0].goldstein_sum), 3, 0, 2 * M_PI);
        cairo_fill(cr);
    }
    cairo_set_line_width(cr, 1);
}

static void draw_legend(const chart *c)
{
    cairo_t *cr = c->cr;
    double x = c->left, y = CHART_HEIGHT - 30;
    for (int k = 0; k < 5; k++) {
        const char *name = k < 4 ? quad_name[k] : "Goldstein sum (right axis)";
        set_rgb(cr, k < 4 ? quad_colour[k] : goldstein_colour);
        if (k < 4)
            cairo_rectangle(cr, x, y - 10, 14, 12);
        else
            cairo_rectangle(cr, x, y - 5, 14, 2);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        text_at(cr, name, x + 20, y, 0);
        cairo_text_extents_t ext;
        cairo_text_extents(cr, name, &ext);
        x += 20 + ext.x_advance + 24;
    }
}

static void draw_chart(chart *c, const char *title)
{
    cairo_t *cr = c->cr;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    c->left = MARGIN_LEFT;
    c->top = MARGIN_TOP;
    c->width = CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    c->height = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    scale_axes(c);
    draw_title(c, title);
    draw_count_axis(c);
    draw_bars(c);
    draw_goldstein_axis(c);
    draw_goldstein_line(c);
    draw_period_labels(c);
    draw_legend(c);
    cairo_set_source_rgb(cr, 0, 0, 0);     /* the frame, over the bars' feet */
    cairo_rectangle(cr, c->left, c->top, c->width, c->height);
    cairo_stroke(cr);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

int dyad_plot_series(const char *out_path, const char *title, const dyad_series_point *points,
                     long n, char *err, size_t errlen)
{
    int png = has_suffix(out_path, ".png");
    if (!png && !has_suffix(out_path, ".svg")) {
        snprintf(err, errlen, "%s: the chart file must end in .svg or .png", out_path);
        return -1;
    }
    if (n < 1) {
        snprintf(err, errlen, "%s: no events to draw", out_path);
        return -1;
    }
    cairo_surface_t *surface =
        png ? cairo_image_surface_create(CAIRO_FORMAT_RGB24, CHART_WIDTH, CHART_HEIGHT)
            : cairo_svg_surface_create(out_path, CHART_WIDTH, CHART_HEIGHT);
    chart c = {.cr = cairo_create(surface), .points = points, .n = n};
    draw_chart(&c, title);
    cairo_status_t status = cairo_status(c.cr);
    cairo_destroy(c.cr);
    if (status == CAIRO_STATUS_SUCCESS && png)
        status = cairo_surface_write_to_png(surface, out_path);
    cairo_surface_finish(surface);     /* an SVG is written out here */
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        snprintf(err, errlen, "%s: cannot draw the chart: %s", out_path,
                 cairo_status_to_string(status));
        return -1;
    }
    return 0;
}
