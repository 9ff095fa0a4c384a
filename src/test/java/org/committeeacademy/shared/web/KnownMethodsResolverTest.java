package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.FunctionMapper;
import jakarta.el.MethodNotFoundException;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownMethodsResolverTest {

    public record Item(String name, long size) {}

    public static class Menu {
        public String label(Item item, long times) {
            return item.name().repeat((int) times);
        }

        public String twice(String text) {
            return text + text;
        }

        public String twice(Item item) {
            return item.name() + item.name();
        }

        public static String shared() {
            return "static";
        }

        public String fails() {
            throw new IllegalStateException("broken");
        }
    }

    record Hidden(String name) {}

    private final ExpressionFactory factory = ExpressionFactory.newInstance();
    private final KnownMethodsResolver resolver = new KnownMethodsResolver();

    @Test
    void callsARecordsAccessor() {
        ELContext context = context(resolver);

        Object name = resolver.invoke(context, new Item("Köln", 3), "name", null, new Object[0]);

        assertEquals("Köln", name);
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void coercesArgumentsAsEl() {
        ELContext context = context(resolver);

        Object label = resolver.invoke(context, new Menu(), "label", null, new Object[] {new Item("ab", 1), "3"});

        assertEquals("ababab", label);
    }

    @Test
    void leavesOverloadedAndHiddenMethodsToTheStandardResolver() {
        ELContext context = context(resolver);

        assertNull(resolver.invoke(context, new Menu(), "twice", null, new Object[] {"x"}));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, new Hidden("x"), "name", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, new Menu(), "absent", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, new Menu(), "shared", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, new ArrayList<>(List.of(1)), "stream", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertEquals(1, resolver.invoke(context, new ArrayList<>(List.of(1)), "size", null, new Object[0]));
    }

    @Test
    void wrapsWhatTheMethodThrowsAsEl() {
        ELException thrown = assertThrows(
                ELException.class, () -> resolver.invoke(context(resolver), new Menu(), "fails", null, new Object[0]));

        assertInstanceOf(IllegalStateException.class, thrown.getCause());
    }

    @Test
    void expressionsGiveWhatTheStandardResolverGives() {
        CompositeELResolver withOurs = new CompositeELResolver();
        withOurs.add(resolver);
        withOurs.add(new BeanELResolver());
        String text = "${menu.label(item, item.size())}|${menu.twice(item.name())}|${menu.twice(item)}";

        assertEquals("KKK|KK|KK", evaluate(withOurs, text));
        assertEquals(evaluate(new BeanELResolver(), text), evaluate(withOurs, text));
        assertThrows(MethodNotFoundException.class, () -> evaluate(withOurs, "${menu.absent()}"));
        assertEquals(List.of(2L), evaluate(withOurs, "${[1, 2].stream().filter(x -> x > 1).toList()}"));
    }

    private Object evaluate(ELResolver resolvers, String text) {
        ELContext context = context(resolvers);
        context.getVariableMapper().setVariable("menu", factory.createValueExpression(new Menu(), Menu.class));
        context.getVariableMapper().setVariable("item", factory.createValueExpression(new Item("K", 3), Item.class));
        ValueExpression expression = factory.createValueExpression(context, text, Object.class);
        return expression.getValue(context);
    }

    private static ELContext context(ELResolver resolvers) {
        Map<String, ValueExpression> variables = new HashMap<>();
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return resolvers;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return new VariableMapper() {
                    @Override
                    public ValueExpression resolveVariable(String name) {
                        return variables.get(name);
                    }

                    @Override
                    public ValueExpression setVariable(String name, ValueExpression expression) {
                        return variables.put(name, expression);
                    }
                };
            }
        };
    }
}
