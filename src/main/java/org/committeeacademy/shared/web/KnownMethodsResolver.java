package org.committeeacademy.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that pages name in expressions ({@code #{item.id()}}, {@code #{mainMenu.current(item)}}) through a
 * lookup kept per class. Jakarta EL's own {@code BeanELResolver.invoke} copies every public method of the object's
 * class ({@code Class.getMethods()}) on each call to find the one named: on a member's home page about a twentieth of
 * the render (issue 27). This resolver answers only where that lookup has one answer — a public instance method of a
 * public class, not overloaded for the number of arguments, no varargs, callable from here — and coerces the arguments
 * as EL does ({@link ELContext#convertToType}); anything else (and EL's own {@code stream()} of a collection) goes on
 * to the standard resolvers unchanged.
 */
public class KnownMethodsResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null
                || !(method instanceof String name)
                || !Modifier.isPublic(base.getClass().getModifiers())) {
            return null;
        }
        if (base instanceof Collection<?> && name.equals("stream")) {
            return null; // EL's own stream of a collection (its StreamELResolver), not java.util.stream
        }
        Object[] given = params == null ? new Object[0] : params;
        if (paramTypes != null && paramTypes.length != given.length) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(name + '/' + given.length, key -> only(base.getClass(), name, given.length)
                        // reflection from here may call it (as for every object of the class); else EL's own search
                        .filter(candidate -> candidate.canAccess(base)));
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            if (given[i] instanceof LambdaExpression lambda) {
                lambda.setELContext(context);
            }
            arguments[i] = context.convertToType(given[i], types[i]);
        }
        Object result = call(target, base, arguments);
        context.setPropertyResolved(base, method);
        return result;
    }

    private static Object call(Method target, Object base, Object[] arguments) {
        try {
            return target.invoke(base, arguments);
        } catch (IllegalAccessException | IllegalArgumentException refused) {
            throw new ELException(refused);
        } catch (InvocationTargetException failed) {
            throw new ELException(failed.getCause());
        }
    }

    /** The one public method of this name and number of parameters, if there is exactly one: no varargs, not static. */
    static Optional<Method> only(Class<?> type, String name, int parameters) {
        Method found = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(name)
                    && candidate.getParameterCount() == parameters
                    && !candidate.isBridge()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = candidate;
            }
        }
        if (found == null
                || found.isVarArgs()
                || Modifier.isStatic(found.getModifiers())
                || !Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are not this resolver's: the standard resolvers set them
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
