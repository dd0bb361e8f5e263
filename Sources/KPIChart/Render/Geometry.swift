import Foundation

/// A point in canvas units (pixels at scale 1, points in PDF).
public struct Point: Equatable, Sendable {
    /// Distance from the left edge, growing rightwards.
    public var x: Double
    /// Distance from the top edge, growing downwards.
    public var y: Double
    /// The point `x` units from the left and `y` from the top.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and a height.
public struct Size: Equatable, Sendable {
    /// Horizontal extent in canvas units.
    public var width: Double
    /// Vertical extent in canvas units.
    public var height: Double
    /// A size of `width` by `height` canvas units.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle; `y` grows downwards.
public struct Rect: Equatable, Sendable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// Horizontal extent, not negative for a drawn rectangle.
    public var width: Double
    /// Vertical extent, not negative for a drawn rectangle.
    public var height: Double

    /// The rectangle whose top-left corner is (`x`, `y`).
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge.
    public var minX: Double { x }
    /// The top edge.
    public var minY: Double { y }
    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }
    /// Halfway between the left and right edges.
    public var midX: Double { x + width / 2 }
    /// Halfway between the top and bottom edges.
    public var midY: Double { y + height / 2 }

    /// Whether the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        minX < other.maxX - tolerance && other.minX < maxX - tolerance
            && minY < other.maxY - tolerance && other.minY < maxY - tolerance
    }

    /// Whether `other` lies wholly inside this rectangle.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }

    /// The rectangle shrunk by the given margins.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: max(0, width - left - right), height: max(0, height - top - bottom))
    }
}

/// An sRGB colour with alpha, components 0…1.
public struct Color: Equatable, Sendable {
    /// The red component, 0…1.
    public var red: Double
    /// The green component, 0…1.
    public var green: Double
    /// The blue component, 0…1.
    public var blue: Double
    /// Opacity: 0 transparent … 1 opaque.
    public var alpha: Double

    /// A colour from sRGB components and opacity, each 0…1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// Relative luminance (0 black … 1 white), for choosing readable text on a fill.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
}

/// A shape made of straight segments and rectangles.
public struct Path: Equatable, Sendable {
    /// One step of a path, in drawing order.
    public enum Element: Equatable, Sendable {
        /// Starts a new subpath at the point.
        case move(Point)
        /// A straight segment from the current point to the point.
        case line(Point)
        /// A closed rectangle, a subpath of its own.
        case rectangle(Rect)
        /// A straight segment back to the subpath's start, closing it.
        case close
    }

    /// The steps that make the shape, in order; a canvas traces them.
    public private(set) var elements: [Element] = []

    /// An empty path, to be built with `move(to:)`, `line(to:)` and `close()`.
    public init() {}

    /// A rectangle.
    public static func rectangle(_ rect: Rect) -> Path {
        var path = Path()
        path.elements.append(.rectangle(rect))
        return path
    }

    /// A straight line between two points.
    public static func line(from start: Point, to end: Point) -> Path {
        var path = Path()
        path.move(to: start)
        path.line(to: end)
        return path
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for point in points.dropFirst() { path.line(to: point) }
        path.close()
        return path
    }

    /// A circle around `center`, as a regular polygon of `sides` sides: round to the eye at
    /// marker sizes, and drawn alike by every canvas.
    public static func circle(center: Point, radius: Double, sides: Int = 20) -> Path {
        polygon(
            (0..<sides).map { side in
                let angle = 2 * Double.pi * Double(side) / Double(sides)
                return Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
            })
    }

    /// Starts a new subpath at `point`.
    public mutating func move(to point: Point) { elements.append(.move(point)) }
    /// Adds a straight segment from the current point to `point`.
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    /// Closes the subpath with a segment back to its start.
    public mutating func close() { elements.append(.close) }
}

extension Point {
    /// This point moved by `delta`.
    func offset(by delta: Point) -> Point { Point(x: x + delta.x, y: y + delta.y) }

    /// The opposite displacement.
    var negated: Point { Point(x: -x, y: -y) }
}

extension Rect {
    /// This rectangle moved by `delta`.
    func offset(by delta: Point) -> Rect { Rect(x: x + delta.x, y: y + delta.y, width: width, height: height) }
}

extension Path {
    /// This path moved by `delta`.
    func offset(by delta: Point) -> Path {
        var moved = Path()
        moved.elements = elements.map { element in
            switch element {
            case .move(let point): return .move(point.offset(by: delta))
            case .line(let point): return .line(point.offset(by: delta))
            case .rectangle(let rect): return .rectangle(rect.offset(by: delta))
            case .close: return .close
            }
        }
        return moved
    }
}
